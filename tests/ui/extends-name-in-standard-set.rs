status::status_codes! {
    pub enum EdgeStatus;
    extends standard;
    #[alias(REQUEST_ENTITY_TOO_LARGE)]
    460 => NOT_FOUND, "Not Found Here", "The proxy found nothing.";
    461 => IM_A__TEAPOT, "Teapot", "Short and stout.";
    462 => IMA_TEAPOT, "Teapot Again", "Short and stout, again.";
}

fn main() {}
