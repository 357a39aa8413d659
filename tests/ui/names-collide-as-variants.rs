status::status_codes! {
    pub enum Api;
    470 => LIMIT_1, "Limit 1", "The first limit was hit.";
    471 => LIMIT1, "Limit One", "The first limit was hit, again.";
}

fn main() {}
