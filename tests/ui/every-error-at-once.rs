// Three mistakes, three errors; the valid entries still expand, so `main` adds none.
status::status_codes! {
    pub enum Api;
    pub mod api_codes;
    200 => OK, "OK", "Fine.";
    200 => ALSO_OK, "Also OK", "Fine too.";
    404 => not_found, "Not Found", "No such resource.";
    700 => WAY_OFF, "Way Off", "Out of range.";
}

fn main() {
    assert_eq!(Api::Ok.phrase(), "OK");
    assert_eq!(Api::from_code(200), Some(Api::Ok));
    assert_eq!(api_codes::OK, 200);
}
