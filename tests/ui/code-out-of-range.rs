status::status_codes! {
    pub enum Api;
    99 => TOO_LOW, "Too Low", "Below every class.";
    200 => OK, "OK", "Fine.";
    600 => TOO_HIGH, "Too High", "Above every class.";
}

fn main() {}
