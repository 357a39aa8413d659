//! The attributes accepted on an entry.

use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

#[derive(Default)]
pub struct EntryAttrs {
    pub aliases: Vec<Ident>,
    pub spec: Option<LitStr>,
    /// Doc comments, appended to the generated docs of the variant.
    pub docs: Vec<Attribute>,
    /// `#[deprecated]`, passed to the variant and to every constant naming it.
    pub deprecated: Option<Attribute>,
    /// `#[default]`, passed to the variant for a `#[derive(Default)]` on the enum.
    pub default: Option<Attribute>,
}

const ACCEPTED: &str =
    "`#[alias(NAME, ..)]`, `#[spec = \"..\"]`, `#[deprecated]`, `#[default]` or a doc comment";

/// Interprets an entry's attributes. An invalid one goes to `errors` and is left out, so the
/// entry still expands and only the attribute is reported.
pub fn parse(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> EntryAttrs {
    let mut parsed = EntryAttrs::default();
    for attr in attrs {
        if let Err(error) = parse_one(attr, &mut parsed) {
            errors.push(error);
        }
    }
    parsed
}

fn parse_one(attr: &Attribute, parsed: &mut EntryAttrs) -> syn::Result<()> {
    let path = attr.path();
    if path.is_ident("doc") {
        parsed.docs.push(attr.clone());
    } else if path.is_ident("deprecated") {
        if parsed.deprecated.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                "duplicate `#[deprecated]`; keep one",
            ));
        }
        parsed.deprecated = Some(attr.clone());
    } else if path.is_ident("default") {
        if parsed.default.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                "duplicate `#[default]`; keep one",
            ));
        }
        parsed.default = Some(attr.clone());
    } else if path.is_ident("alias") {
        let names = match &attr.meta {
            Meta::List(list) => {
                list.parse_args_with(Punctuated::<Ident, Token![,]>::parse_terminated)?
            }
            _ => Punctuated::new(),
        };
        if names.is_empty() {
            return Err(syn::Error::new_spanned(
                attr,
                "`#[alias]` needs the other names, such as `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            ));
        }
        parsed.aliases.extend(names);
    } else if path.is_ident("spec") {
        if parsed.spec.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                "duplicate `#[spec]`; keep one",
            ));
        }
        parsed.spec = Some(spec_value(attr)?);
    } else {
        return Err(syn::Error::new_spanned(
            path,
            format!("unknown entry attribute; expected {ACCEPTED}"),
        ));
    }
    Ok(())
}

fn spec_value(attr: &Attribute) -> syn::Result<LitStr> {
    if let Meta::NameValue(name_value) = &attr.meta {
        if let Expr::Lit(ExprLit {
            lit: Lit::Str(spec),
            ..
        }) = &name_value.value
        {
            return Ok(spec.clone());
        }
    }
    Err(syn::Error::new_spanned(
        attr,
        "expected `#[spec = \"..\"]` with a string, such as `#[spec = \"RFC 9110, Section 15.5.5\"]`",
    ))
}
