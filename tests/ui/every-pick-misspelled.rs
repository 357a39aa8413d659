// Only the names are wrong: the set is not also said to have no entries.
status::status_codes! {
    pub enum A;
    use standard::{NOT_FOND, CONFLCT};
    use standard::GOEN;
}

fn main() {}
