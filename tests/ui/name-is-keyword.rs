status::status_codes! {
    pub enum Api;
    470 => SELF, "Self", "A status named after itself.";
}

fn main() {}
