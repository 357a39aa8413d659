// One file, included in two modules of the test crate: two sets of one text.
status::status_codes! {
    /// A set defined by an included file.
    #[extensible]
    pub enum TwinStatus;
    extends standard;
    495 => TWIN, "Twin", "A status of the included file.";
}
