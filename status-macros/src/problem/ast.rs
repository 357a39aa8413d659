//! What a type that derives `IntoProblem` says, as plain data. `parse/` builds it.
//!
//! ```text
//! Item     := OuterAttr* Vis ( "enum" Ident Generics? Where? "{" Variant,* "}"
//!                            | "struct" Ident Generics? ( Where? "{" .. "}" | "(" .. ")" Where? ";" | Where? ";" ) )
//! Variant  := OuterAttr* Ident Fields ( "=" Expr )?
//! Fields   := "(" ( OuterAttr* Vis Type ),* ")" | "{" ( OuterAttr* Vis Ident ":" Type ),* "}" | ""
//! Problem  := "#" "[" "problem" "(" Setting,* ")" "]"
//! Setting  := "set" "=" Path | "crate" "=" Path | Status | "type" "=" LitStr | "title" "=" LitStr
//!           | "detail" "=" ( LitStr | "display" | "none" ) | "transparent" | "no_response"
//!           | "rename_all" "=" LitStr | "header" "(" LitStr "," LitStr ")"
//!           | "server_only"                                  // `FromProblem`'s
//! Field    := "extension" ( "=" LitStr )? | "header" "=" LitStr | "skip"  // on a field
//! Status   := NAME | LitInt | Path                          // only `NAME` is valid: see `Written`
//! ```

use proc_macro2::{Span, TokenStream};
use syn::{Ident, LitStr};

pub struct ProblemInput {
    pub ident: Ident,
    pub generics: Generics,
    /// `#[problem(..)]` on the type: the set, and the status of a struct or the default of an
    /// enum's variants.
    pub settings: Settings,
    pub shape: Shape,
    /// The type's doc comment, which documents a struct's status.
    pub docs: String,
}

/// The type's generic parameters and where clause, as written.
#[derive(Default)]
pub struct Generics {
    /// Each parameter, without its default: `'a`, `E: Error`, `const N: usize`.
    pub params: Vec<TokenStream>,
    /// Each parameter's name as the type is named: `'a`, `E`, `N`.
    pub args: Vec<TokenStream>,
    /// The names of the type parameters, which decide whether a field's type is generic.
    pub type_params: Vec<Ident>,
    /// The predicates of the where clause, each without its comma.
    pub predicates: Vec<TokenStream>,
}

pub enum Shape {
    Enum(Vec<Variant>),
    Struct(Fields),
}

pub struct Variant {
    pub ident: Ident,
    pub settings: Settings,
    pub fields: Fields,
    /// The variant's doc comment, for the OpenAPI document; empty for none.
    pub docs: String,
}

/// A variant's or the struct's fields, none for a unit.
pub struct Fields {
    pub list: Vec<Field>,
}

pub struct Field {
    /// `None` in a tuple.
    pub ident: Option<Ident>,
    pub ty: TokenStream,
    /// `#[problem(extension)]`: the member's name as written (`None`: the field's, renamed by
    /// `rename_all`), and where it was asked for.
    pub extension: Option<Extension>,
    /// `#[problem(header = "retry-after")]`: the response carries the field's `Display` as
    /// this header.
    pub header: Option<LitStr>,
    /// `#[problem(skip)]`: `FromProblem` reads the field as its `Default`.
    pub skip: Option<Ident>,
}

pub struct Extension {
    /// `extension = "name"`.
    pub name: Option<LitStr>,
    pub span: Span,
}

/// How an attribute names a status. Only `Name` is right; the others are read so that the
/// message can say what to write instead (the set knows, at compile time).
pub enum Written {
    /// `CONFLICT`.
    Name(Ident),
    /// `Conflict`, `conflict`, `CreateUserStatus::Conflict`: the text to match loosely, and
    /// the tokens.
    Loose(String, TokenStream),
    /// `409`.
    Code(syn::LitInt),
    /// `status = CONFLICT`: the status's text, and the tokens from `status`.
    Keyed(String, TokenStream),
}

/// What a `#[problem(..)]` says, wherever it stands; `valid.rs` says where each may.
#[derive(Default)]
pub struct Settings {
    pub set: Option<TokenStream>,
    pub krate: Option<TokenStream>,
    pub status: Option<Written>,
    pub type_uri: Option<LitStr>,
    pub title: Option<LitStr>,
    pub detail: Option<Detail>,
    pub transparent: Option<Ident>,
    /// `no_response`: no framework response impls, for a type that writes its own.
    pub no_response: Option<Ident>,
    /// `server_only`: `FromProblem` never reads a problem back as this variant.
    pub server_only: Option<Ident>,
    pub rename_all: Option<LitStr>,
    /// `header("www-authenticate", "Bearer")`: headers the response always carries.
    pub headers: Vec<(LitStr, LitStr)>,
    /// The `#[problem]` attributes, for errors that concern them whole.
    pub spans: Vec<Span>,
    /// An attribute was malformed and reported: what it lacks is not reported again.
    pub malformed: bool,
}

pub enum Detail {
    /// A text, formatting the variant's fields as `#[error("..")]` does.
    Text(LitStr),
    /// `display`: the error's `Display`, whatever the status.
    Display(Ident),
    /// `none`: no detail, whatever the status.
    None(Ident),
}
