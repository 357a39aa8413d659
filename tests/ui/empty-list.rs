status::status_codes! {
    pub enum Api;
}

fn main() {}
