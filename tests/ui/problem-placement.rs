// Settings where they do not belong, each reported on its token.
status::status_codes! {
    pub enum Billing;
    use standard::{BAD_REQUEST};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = Billing, title = "A title")]
pub enum BillingError {
    #[error("field")]
    #[problem(BAD_REQUEST, no_response, rename_all = "camelCase")]
    Field {
        #[problem]
        balance: i64,
    },
    #[error("misspelt")]
    #[problem(transparant)]
    Misspelt(std::io::Error),
}

fn main() {}
