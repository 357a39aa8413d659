status::status_codes! {
    #[repr(u8)]
    pub enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}
