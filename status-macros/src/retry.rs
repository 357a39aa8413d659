//! `#[retry(CLASS)]` and `#[retry(CLASS, "clause")]`: when a client may send a request again
//! after the status. An entry takes one; a `use` line takes one for the statuses it names,
//! inherited or picked. The class of a status without one, and what an entry's class resolves
//! to, are here too: the one place that knows the classes.

use crate::case;
use crate::prose;
use crate::syntax::Attr;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token, token};

/// The facade's `RetryClass`, as the macro knows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Any,
    Idempotent,
    WhenRetryAfter,
    AfterChange,
    Never,
}

/// Every class, in the order messages list them.
const CLASSES: [Class; 5] = [
    Class::Any,
    Class::Idempotent,
    Class::WhenRetryAfter,
    Class::AfterChange,
    Class::Never,
];

/// What `#[retry(..)]` says.
pub struct Retry {
    pub class: Class,
    /// The clause the class comes from, such as `"RFC 9110, Section 15.5.20"`.
    pub spec: Option<LitStr>,
    /// The attribute, for messages.
    pub attr: Attr,
}

/// An entry's class as the set holds it, with the clause it comes from.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Resolved {
    pub class: Class,
    pub spec: Option<String>,
}

impl Class {
    /// As `#[retry(..)]` spells it, and as the facade's variant names it.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Class::Any => ("any", "Any"),
            Class::Idempotent => ("idempotent", "Idempotent"),
            Class::WhenRetryAfter => ("when_retry_after", "WhenRetryAfter"),
            Class::AfterChange => ("after_change", "AfterChange"),
            Class::Never => ("never", "Never"),
        }
    }

    /// As `#[retry(..)]` spells it: `when_retry_after`.
    pub fn spelling(self) -> &'static str {
        self.names().0
    }

    /// The facade's variant: `#krate::RetryClass::WhenRetryAfter`.
    pub fn path(self, krate: &TokenStream) -> TokenStream {
        let variant = Ident::new(self.names().1, Span::call_site());
        quote!(#krate::RetryClass::#variant)
    }
}

/// The class of a status whose entry names none: its class's `x00` status's, as RFC 9110,
/// Section 15 has a client treat a code it does not know. A `1xx`, `2xx` or `3xx` is no
/// failure; a `4xx` fails again as it was sent; a `5xx` is the server's, and an idempotent
/// request may be sent again automatically (RFC 9110, Section 9.2.2).
pub fn default_for(code: u16) -> Resolved {
    let (class, section) = match code / 100 {
        1 => (Class::Never, "15.2"),
        2 => (Class::Never, "15.3"),
        3 => (Class::Never, "15.4"),
        4 => (Class::Never, "15.5"),
        _ => (Class::Idempotent, "9.2.2"),
    };
    Resolved {
        class,
        spec: Some(format!("RFC 9110, Section {section}")),
    }
}

impl Retry {
    pub fn resolved(&self) -> Resolved {
        Resolved {
            class: self.class,
            spec: self.spec.as_ref().map(LitStr::value),
        }
    }
}

impl Resolved {
    /// The attribute that hands the class over to another set, as `#[retry(..)]` writes it.
    pub fn attribute(&self) -> TokenStream {
        let class = Ident::new(self.class.spelling(), Span::call_site());
        let spec = self.spec.as_ref().map(|spec| quote!(, #spec));
        quote!(#[retry(#class #spec)])
    }
}

/// Reads `#[retry(CLASS)]` or `#[retry(CLASS, "clause")]`.
pub fn parse(attr: &Attr) -> syn::Result<Retry> {
    let body = |input: ParseStream| -> syn::Result<(Ident, Option<LitStr>)> {
        input.call(Ident::parse_any)?;
        if !input.peek(token::Paren) {
            return Err(syn::Error::new_spanned(
                attr,
                format!(
                    "`#[retry]` needs the class, as in `#[retry(idempotent)]` or \
                     `#[retry(idempotent, \"RFC 9110, Section 15.6.4\")]`; the classes are {}",
                    listed()
                ),
            ));
        }
        let inside;
        syn::parenthesized!(inside in input);
        if !inside.peek(Ident::peek_any) {
            return Err(inside.error(format!("expected the class first: {}", listed())));
        }
        let class = inside.call(Ident::parse_any)?;
        let mut spec = None;
        if inside.peek(Token![,]) {
            inside.parse::<Token![,]>()?;
            if !inside.is_empty() {
                if !inside.peek(LitStr) {
                    return Err(inside.error(
                        "expected the clause the class comes from, as a string, such as \
                         \"RFC 9110, Section 15.5.20\"",
                    ));
                }
                spec = Some(inside.parse()?);
                inside.parse::<Option<Token![,]>>()?;
            }
        }
        if !inside.is_empty() {
            return Err(inside.error(
                "expected `)`: `#[retry(..)]` takes the class, then the clause it comes from",
            ));
        }
        Ok((class, spec))
    };
    let (written, spec) = body.parse2(attr.body())?;
    let class = class_named(&written)?;
    Ok(Retry {
        class,
        spec,
        attr: attr.clone(),
    })
}

fn class_named(written: &Ident) -> syn::Result<Class> {
    let text = case::text(written);
    if let Some(class) = CLASSES.iter().find(|class| class.spelling() == text) {
        return Ok(*class);
    }
    let distance = |class: &&Class| case::edit_distance(class.spelling(), &text);
    let hint = CLASSES
        .iter()
        .find(|class| class.names().1 == text || class.spelling().eq_ignore_ascii_case(&text))
        .or_else(|| {
            CLASSES
                .iter()
                .min_by_key(distance)
                .filter(|c| distance(c) <= 3)
        })
        .map(|class| format!("; did you mean `{}`?", class.spelling()))
        .unwrap_or_default();
    Err(syn::Error::new(
        written.span(),
        format!("unknown retry class `{text}`: expected {}{hint}", listed()),
    ))
}

/// `` `any`, `idempotent`, `when_retry_after`, `after_change` or `never` ``.
fn listed() -> String {
    let spellings: Vec<String> = CLASSES
        .iter()
        .map(|class| format!("`{}`", class.spelling()))
        .collect();
    prose::series(&spellings, "or")
}
