//! The attributes an entry accepts, read from its outer attributes. An invalid one is reported
//! and left out, so the entry still expands.

use crate::errors::Errors;
use crate::syntax::Attr;
use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token, token};

#[derive(Default)]
pub struct EntryAttrs {
    pub aliases: Vec<Ident>,
    pub spec: Option<LitStr>,
    /// Other reason phrases sent for the code, from `#[phrase_alias("..", ..)]`.
    pub phrase_aliases: Vec<LitStr>,
    /// Doc comments, appended to the generated docs of the variant.
    pub docs: Vec<Attr>,
    /// `#[deprecated]`, passed to the variant and to every constant naming it.
    pub deprecated: Option<Attr>,
    /// `#[default]`, passed to the variant for a `#[derive(Default)]` on the enum.
    pub default: Option<Attr>,
    /// `#[cacheable]`: cacheable by default (RFC 9110, Section 15.1).
    pub cacheable: Option<Attr>,
    /// `#[no_content]`: a response never carries content.
    pub no_content: Option<Attr>,
}

const ACCEPTED: &str = "`#[alias(NAME, ..)]`, `#[phrase_alias(\"..\", ..)]`, `#[spec = \"..\"]`, \
                        `#[cacheable]`, `#[no_content]`, \
                        `#[deprecated]`, `#[default]` or a doc comment";

/// Interprets an entry's attributes. An invalid one goes to `errors` and is left out, so the
/// entry still expands and only the attribute is reported.
pub fn parse(attrs: &[Attr], errors: &mut Errors) -> EntryAttrs {
    let mut parsed = EntryAttrs::default();
    for attr in attrs {
        if let Err(error) = parse_one(attr, &mut parsed) {
            errors.push(error);
        }
    }
    parsed
}

fn parse_one(attr: &Attr, parsed: &mut EntryAttrs) -> syn::Result<()> {
    let once = |slot: &mut Option<Attr>, name: &str| {
        if slot.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                format!("duplicate `#[{name}]`; keep one"),
            ));
        }
        *slot = Some(attr.clone());
        Ok(())
    };
    if attr.is("doc") {
        parsed.docs.push(attr.clone());
    } else if attr.is("deprecated") {
        once(&mut parsed.deprecated, "deprecated")?;
    } else if attr.is("default") {
        once(&mut parsed.default, "default")?;
    } else if attr.is("cacheable") || attr.is("no_content") {
        if !is_flag(attr) {
            return Err(syn::Error::new_spanned(
                attr,
                "write the flag alone, as `#[cacheable]` or `#[no_content]`",
            ));
        }
        if attr.is("cacheable") {
            once(&mut parsed.cacheable, "cacheable")?;
        } else {
            once(&mut parsed.no_content, "no_content")?;
        }
    } else if attr.is("alias") {
        parsed.aliases.extend(alias_names(attr)?);
    } else if attr.is("phrase_alias") {
        parsed.phrase_aliases.extend(phrase_aliases(attr)?);
    } else if attr.is("spec") {
        if parsed.spec.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                "duplicate `#[spec]`; keep one",
            ));
        }
        parsed.spec = Some(spec_value.parse2(attr.body()).map_err(|_| {
            syn::Error::new_spanned(
                attr,
                "expected `#[spec = \"..\"]` with a string, such as `#[spec = \"RFC 9110, Section 15.5.5\"]`",
            )
        })?);
    } else {
        return Err(syn::Error::new(
            attr.name_span(),
            format!("unknown entry attribute; expected {ACCEPTED}"),
        ));
    }
    Ok(())
}

/// Whether an attribute of the `enum` or `mod` item is one that belongs on an entry.
pub fn is_entry_attribute(name: &Ident) -> bool {
    [
        "alias",
        "phrase_alias",
        "spec",
        "cacheable",
        "no_content",
        "default",
    ]
    .iter()
    .any(|entry| name == entry)
}

/// Whether the attribute is a name and nothing else, as `#[cacheable]`.
pub fn is_flag(attr: &Attr) -> bool {
    let flag = |input: ParseStream| {
        input.call(Ident::parse_any)?;
        Ok(())
    };
    flag.parse2(attr.body()).is_ok()
}

/// `alias(A, B)`: one name at least, separated by commas.
fn alias_names(attr: &Attr) -> syn::Result<Vec<Ident>> {
    let list = List {
        item: "a name",
        items: "names",
        example: "`REQUEST_ENTITY_TOO_LARGE`",
    };
    list.parse(attr, "alias", |input| {
        input
            .peek(Ident::peek_any)
            .then(|| input.call(Ident::parse_any))
    })
}

/// `phrase_alias("A", "B")`: one phrase at least, separated by commas.
fn phrase_aliases(attr: &Attr) -> syn::Result<Vec<LitStr>> {
    let list = List {
        item: "a phrase as a string",
        items: "phrases",
        example: "\"Payload Too Large\"",
    };
    list.parse(attr, "phrase_alias", |input| {
        input.peek(LitStr).then(|| input.parse())
    })
}

/// The words of the errors of a list attribute such as `#[alias(A, B)]`.
struct List {
    item: &'static str,
    items: &'static str,
    example: &'static str,
}

impl List {
    /// The items of `#[name(A, B)]`, one at least, each read by `item` (`None` when the next
    /// token is none).
    fn parse<T>(
        &self,
        attr: &Attr,
        name: &str,
        item: impl Fn(ParseStream) -> Option<syn::Result<T>>,
    ) -> syn::Result<Vec<T>> {
        let parse = |input: ParseStream| {
            input.call(Ident::parse_any)?;
            if !input.peek(token::Paren) {
                input.parse::<proc_macro2::TokenStream>()?;
                return Ok(Vec::new());
            }
            let list;
            syn::parenthesized!(list in input);
            let mut items = Vec::new();
            while !list.is_empty() {
                let Some(parsed) = item(&list) else {
                    return Err(list.error(format!(
                        "expected {} in `#[{name}(..)]`, such as {}",
                        self.item, self.example
                    )));
                };
                items.push(parsed?);
                if list.is_empty() {
                    break;
                }
                if !list.peek(Token![,]) {
                    return Err(list.error(format!(
                        "expected `,` between the {} in `#[{name}(..)]`",
                        self.items
                    )));
                }
                list.parse::<Token![,]>()?;
            }
            Ok(items)
        };
        let items = parse.parse2(attr.body())?;
        if items.is_empty() {
            return Err(syn::Error::new_spanned(
                attr,
                format!(
                    "`#[{name}]` needs the other {}, such as `#[{name}({})]`",
                    self.items,
                    self.example.trim_matches('`')
                ),
            ));
        }
        Ok(items)
    }
}

/// `spec = "..."`.
fn spec_value(input: ParseStream) -> syn::Result<LitStr> {
    input.parse::<Ident>()?;
    input.parse::<Token![=]>()?;
    input.parse()
}
