//! What a type that derives `IntoProblem` says, as plain data. `parse.rs` builds it.
//!
//! ```text
//! Item     := OuterAttr* Vis ( "enum" Ident "{" Variant,* "}" | "struct" Ident Fields ";"? )
//! Variant  := OuterAttr* Ident Fields ( "=" Expr )?
//! Fields   := "(" ( OuterAttr* Vis Type ),* ")" | "{" ( OuterAttr* Vis Ident ":" Type ),* "}" | ""
//! Problem  := "#" "[" "problem" "(" Setting,* ")" "]"
//! Setting  := "set" "=" Path | "crate" "=" Path | NAME | "type" "=" LitStr
//!           | "detail" "=" ( LitStr | "display" | "none" ) | "transparent"
//!           | "extension" ( "=" LitStr )?                   // on a field
//! ```

use proc_macro2::{Span, TokenStream};
use syn::{Ident, LitStr};

pub struct ProblemInput {
    pub ident: Ident,
    /// `#[problem(..)]` on the type: the set, and the status of a struct or the default of an
    /// enum's variants.
    pub settings: Settings,
    pub shape: Shape,
}

pub enum Shape {
    Enum(Vec<Variant>),
    Struct(Fields),
}

pub struct Variant {
    pub ident: Ident,
    pub settings: Settings,
    pub fields: Fields,
}

/// A variant's or the struct's fields, none for a unit.
pub struct Fields {
    pub list: Vec<Field>,
}

pub struct Field {
    /// `None` in a tuple.
    pub ident: Option<Ident>,
    pub ty: TokenStream,
    /// `#[problem(extension)]`, with the member's name and where it was asked for.
    pub extension: Option<(String, Span)>,
}

/// What a `#[problem(..)]` says, wherever it stands; `valid.rs` says where each may.
#[derive(Default)]
pub struct Settings {
    pub set: Option<TokenStream>,
    pub krate: Option<TokenStream>,
    pub status: Option<Ident>,
    pub type_uri: Option<LitStr>,
    pub detail: Option<Detail>,
    pub transparent: Option<Ident>,
    /// The `#[problem]` attributes, for errors that concern them whole.
    pub spans: Vec<Span>,
}

pub enum Detail {
    Text(LitStr),
    /// `display`: the error's `Display`, whatever the status.
    Display(Ident),
    /// `none`: no detail, whatever the status.
    None(Ident),
}
