status::status_codes! {
    pub enum Api;
    470 => A_L_L, "All", "Would become `ALL`, the constant listing every status.";
}

fn main() {}
