// Headers a derived error answers with: a name that is no token, a value with a line break,
// and a header on a transparent variant, each on its literal.
status::status_codes! {
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, TOO_MANY_REQUESTS};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED, header("www authenticate", "Bearer\r\nset-cookie: x"))]
    Missing,
    #[error("slow down")]
    #[problem(TOO_MANY_REQUESTS)]
    Throttled(#[problem(header = "retry after")] u32),
    #[error(transparent)]
    #[problem(transparent, header("x-inner", "yes"))]
    Inner(Box<AuthError>),
}

fn main() {}
