//! `#[derive(IntoProblem)]` never panics: on any input it returns an impl or
//! `compile_error!`s. Failures replay from `proptest-regressions/tests/problem.txt`.

use super::{Edit, apply, edit, token, tokens};
use crate::problem::{derive, derive_from};
use proc_macro2::TokenStream;
use proptest::prelude::*;

/// An error enum with every setting the derive reads.
const VALID: &str = r#"
    /// Why `POST /users` fails.
    #[derive(Debug)]
    #[problem(set = crate::CreateUserStatus, crate = ::status, INTERNAL_SERVER_ERROR)]
    #[problem(rename_all = "camelCase", no_response)]
    pub enum CreateUserError<'a, E: std::error::Error = std::io::Error, const N: usize = 3>
    where
        E: Send,
    {
        #[problem(CONFLICT, type = "https://example.com/problems/name-taken", title = "Taken")]
        Taken(String),
        #[problem(NAME_RESERVED, detail = display)]
        Reserved,
        Storage(std::io::Error),
        #[problem(BAD_REQUEST, detail = "{balance:?} cannot pay {{for}} this.")]
        Poor { #[problem(extension)] balance: i64, #[problem(extension = "left")] rest: Vec<Box<dyn Fn() -> u8>>, #[problem(extension)] note: Option<&'a str> },
        #[problem(transparent)]
        Auth(#[from] AuthError),
        #[problem(transparent)]
        Inner(Box<E>),
        #[problem(GONE, detail = none)]
        Gone = 3,
        #[problem(Conflict)]
        Loose([u8; N]),
        #[problem(409)]
        Code,
    }
"#;

/// The enum's variants, as one token list to edit.
fn variants() -> &'static str {
    let body = VALID.find("E: Send,").unwrap();
    let open = VALID[body..].find('{').unwrap() + body + 1;
    &VALID[open..VALID.rfind('}').unwrap()]
}

/// Both derives: they read one input alike.
fn derives_without_panic(input: &TokenStream) -> Result<(), TestCaseError> {
    for derive in [derive, derive_from] {
        let output = std::panic::catch_unwind(|| derive(input.clone()))
            .map_err(|_| TestCaseError::fail(format!("panicked on: {input}")))?;
        if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
            return Err(TestCaseError::fail(format!(
                "output is not items ({error}) for: {input}\noutput: {output}"
            )));
        }
    }
    Ok(())
}

#[test]
fn the_valid_input_derives_an_impl() {
    let output = derive(tokens(VALID)).to_string();
    assert!(!output.contains("compile_error"), "{output}");
    assert!(
        output.contains(
            "impl < 'a , E : std :: error :: Error , const N : usize > :: status :: IntoProblem \
             for CreateUserError < 'a , E , N > where E : Send , Box < E > : :: status :: \
             IntoProblem ,"
        ),
        "{output}"
    );
    assert!(
        output.contains(":: status :: __impl_problem ! ({ no_response } impl ["),
        "{output}"
    );
}

/// `VALID`'s tuple variants hold fields that are neither extensions nor skipped: for
/// `FromProblem`, an error each, on the field.
#[test]
fn fields_a_client_cannot_read_are_errors_of_from_problem() {
    let output = derive_from(tokens(VALID)).to_string();
    for variant in ["Taken", "Storage", "Loose"] {
        let message = format!("`FromProblem` cannot read the field `0` of `{variant}` back");
        assert!(output.contains(&message), "{output}");
    }
    let readable = VALID.replace("Taken(String)", "Taken(#[problem(skip)] String)");
    let readable = readable.replace(
        "Storage(std::io::Error)",
        "#[problem(server_only)] Storage(std::io::Error)",
    );
    let readable = readable.replace("Loose([u8; N])", "Loose(#[problem(skip)] [u8; N])");
    let output = derive_from(tokens(&readable)).to_string();
    assert!(!output.contains("compile_error"), "{output}");
    assert!(
        output.contains(":: status :: FromProblem for CreateUserError"),
        "{output}"
    );
}

#[test]
fn every_truncation_derives_without_panic() {
    for end in (0..=VALID.len()).filter(|&end| VALID.is_char_boundary(end)) {
        if let Ok(input) = VALID[..end].parse::<TokenStream>() {
            derives_without_panic(&input).unwrap();
        }
    }
}

fn wrapped(body: TokenStream) -> TokenStream {
    let mut input = tokens("#[problem(set = S)] pub enum E");
    input.extend([proc_macro2::TokenTree::Group(proc_macro2::Group::new(
        proc_macro2::Delimiter::Brace,
        body,
    ))]);
    input
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn edited_variants_derive_without_panic(edits in prop::collection::vec(edit(), 1..5)) {
        let edits: Vec<Edit> = edits;
        derives_without_panic(&wrapped(apply(variants(), edits)))?;
    }

    #[test]
    fn token_soup_derives_without_panic(trees in prop::collection::vec(token(), 0..30)) {
        derives_without_panic(&trees.iter().cloned().collect())?;
        derives_without_panic(&wrapped(trees.into_iter().collect()))?;
    }
}
