// A detail's placeholders, a type's URI, extension names and `rename_all`, each checked on its
// literal.
status::status_codes! {
    pub enum Billing;
    use standard::{BAD_REQUEST, PAYMENT_REQUIRED};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = Billing, rename_all = "camelcase")]
pub enum BillingError {
    #[error("poor")]
    #[problem(PAYMENT_REQUIRED, detail = "balance {balnce} is too low")]
    Poor { balance: i64 },
    #[error("unnamed")]
    #[problem(BAD_REQUEST, detail = "no {} here")]
    Unnamed(i64),
    #[error("index")]
    #[problem(BAD_REQUEST, detail = "{1} is past the fields")]
    Index(i64),
    #[error("brace")]
    #[problem(BAD_REQUEST, detail = "a } alone")]
    Brace,
    #[error("uri")]
    #[problem(BAD_REQUEST, type = "https://example.com/a problem")]
    Uri,
    #[error("scheme")]
    #[problem(BAD_REQUEST, type = "1st:problem")]
    Scheme,
    #[error("names")]
    #[problem(BAD_REQUEST)]
    Names {
        #[problem(extension = "")]
        empty: i64,
        #[problem(extension = "title")]
        standard: i64,
    },
}

fn main() {}
