// One file, included in two modules: two sets of one text.
status::status_codes! {
    /// The statuses a regional gateway adds.
    #[extensible]
    pub enum RegionStatus;
    extends standard;
    490 => REGION_CLOSED, "Region Closed", "The region does not take requests now.";
}
