status::status_codes! {
    pub enum UploadStatus;
    use standard::{CREATED, CONTENT_TOO_LARGE};
    use standard::{PAYLOAD_TOO_LARGE};
}

fn main() {}
