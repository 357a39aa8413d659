status::status_codes! {
    pub enum Api;
    470 => r#SELF, "Self", "A status named after itself.";
}

fn main() {}
