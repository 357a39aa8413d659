status::status_codes! {
    pub enum Api;
    #[cfg(feature = "teapot")]
    418 => TEAPOT, "Teapot", "Short and stout.";
}

fn main() {}
