status::status_codes! {
    pub enum Api<T>;
    200 => OK, "OK", "Fine.";
}

fn main() {
    assert_eq!(Api::Ok.code(), 200);
}
