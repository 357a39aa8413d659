//! The attributes an entry accepts, read from its outer attributes. An invalid one is reported
//! and left out, so the entry still expands.

use crate::errors::Errors;
use crate::prose;
use crate::retry::{self, Retry};
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
    /// `#[retry(CLASS)]`: when a client may send the request again.
    pub retry: Option<Retry>,
    /// Every attribute above as written, in order: what a source hands over.
    pub written: Vec<Attr>,
}

/// Reads one attribute into the entry's.
type Reader = fn(&Attr, &mut EntryAttrs) -> syn::Result<()>;

/// Every attribute an entry accepts: its name, how messages show it, and its reader. The one
/// list: the error for an unknown attribute, the check for entry attributes misplaced on the
/// `enum` or `mod` item, and the parser all read it.
const ENTRY_ATTRIBUTES: &[(&str, &str, Reader)] = &[
    ("alias", "`#[alias(NAME, ..)]`", |attr, parsed| {
        parsed.aliases.extend(alias_names(attr)?);
        Ok(())
    }),
    (
        "phrase_alias",
        "`#[phrase_alias(\"..\", ..)]`",
        |attr, parsed| {
            parsed.phrase_aliases.extend(phrase_aliases(attr)?);
            Ok(())
        },
    ),
    ("spec", "`#[spec = \"..\"]`", |attr, parsed| {
        if parsed.spec.is_some() {
            return Err(duplicate(attr, "spec"));
        }
        parsed.spec = Some(spec_value.parse2(attr.body()).map_err(|_| {
            syn::Error::new_spanned(
                attr,
                "expected `#[spec = \"..\"]` with a string, such as `#[spec = \"RFC 9110, Section 15.5.5\"]`",
            )
        })?);
        Ok(())
    }),
    ("cacheable", "`#[cacheable]`", |attr, parsed| {
        flag(attr, &mut parsed.cacheable, "cacheable")
    }),
    ("no_content", "`#[no_content]`", |attr, parsed| {
        flag(attr, &mut parsed.no_content, "no_content")
    }),
    ("retry", "`#[retry(CLASS)]`", |attr, parsed| {
        if parsed.retry.is_some() {
            return Err(duplicate(attr, "retry"));
        }
        parsed.retry = Some(retry::parse(attr)?);
        Ok(())
    }),
    ("deprecated", "`#[deprecated]`", |attr, parsed| {
        once(attr, &mut parsed.deprecated, "deprecated")
    }),
    ("default", "`#[default]`", |attr, parsed| {
        once(attr, &mut parsed.default, "default")
    }),
    ("doc", "a doc comment", |attr, parsed| {
        parsed.docs.push(attr.clone());
        Ok(())
    }),
];

/// Interprets an entry's attributes. An invalid one goes to `errors` and is left out, so the
/// entry still expands and only the attribute is reported.
pub fn parse(attrs: &[Attr], errors: &mut Errors) -> EntryAttrs {
    let mut parsed = EntryAttrs::default();
    for attr in attrs {
        let reader = ENTRY_ATTRIBUTES
            .iter()
            .find(|(name, ..)| attr.is(name))
            .map(|(.., reader)| reader);
        let result = match reader {
            Some(reader) => reader(attr, &mut parsed),
            None => Err(syn::Error::new(
                attr.name_span(),
                format!("unknown entry attribute; expected {}", accepted()),
            )),
        };
        match result {
            Ok(()) => parsed.written.push(attr.clone()),
            Err(error) => errors.push(error),
        }
    }
    parsed
}

/// `` `#[alias(NAME, ..)]`, .. or a doc comment ``.
fn accepted() -> String {
    let shown: Vec<&str> = ENTRY_ATTRIBUTES
        .iter()
        .map(|(_, shown, _)| *shown)
        .collect();
    prose::series(&shown, "or")
}

fn duplicate(attr: &Attr, name: &str) -> syn::Error {
    syn::Error::new_spanned(attr, format!("duplicate `#[{name}]`; keep one"))
}

fn once(attr: &Attr, slot: &mut Option<Attr>, name: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(duplicate(attr, name));
    }
    *slot = Some(attr.clone());
    Ok(())
}

fn flag(attr: &Attr, slot: &mut Option<Attr>, name: &str) -> syn::Result<()> {
    if !is_flag(attr) {
        return Err(syn::Error::new_spanned(
            attr,
            format!("write the flag alone, as `#[{name}]`"),
        ));
    }
    once(attr, slot, name)
}

/// Whether an attribute of the `enum` or `mod` item is one that belongs on an entry only
/// (`doc` and `deprecated` belong on both).
pub fn is_entry_attribute(name: &Ident) -> bool {
    ENTRY_ATTRIBUTES
        .iter()
        .any(|(entry, ..)| name == entry && !["doc", "deprecated"].contains(entry))
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
