//! The attributes of the `enum` and `mod` items: the one rule of which reach the output and
//! why the others do not. Validation reports the reasons; expansion keeps the rest, so that
//! rustc does not report again what the macro did.

use crate::attr;
use crate::model;
use crate::prose;
use crate::syntax::Attr;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Enum,
    Mod,
}

impl Item {
    fn keyword(self) -> &'static str {
        match self {
            Item::Enum => "enum",
            Item::Mod => "mod",
        }
    }
}

/// An item's attributes, screened.
pub struct Screened {
    /// What reaches the output, as written but for the derives left out.
    pub kept: Vec<Attr>,
    /// Why the others do not.
    pub rejected: Vec<syn::Error>,
}

/// Screens the attributes of `item`. `has_default` says whether an entry is `#[default]`, without
/// which `#[derive(Default)]` is left out (`valid` says why).
pub fn screen(attrs: &[Attr], item: Item, has_default: bool) -> Screened {
    let mut kept = Vec::new();
    let mut rejected = Vec::new();
    let mut reject = |error: syn::Error| rejected.push(error);
    for attr in attrs {
        if item == Item::Enum && attr.is("repr") {
            let message = "a set is always `#[repr(u16)]`, each discriminant its code; remove \
                           this `#[repr]`";
            reject(syn::Error::new_spanned(attr, message));
            continue;
        }
        // On the enum, the parser took it out: it is the macro's.
        if attr.is("extensible") {
            let message = "`#[extensible]` goes on the `enum` item; move it above the enum's line";
            reject(syn::Error::new_spanned(attr, message));
            continue;
        }
        if let Some(name) = attr.name().filter(attr::is_entry_attribute) {
            reject(syn::Error::new(
                attr.name_span(),
                format!(
                    "`#[{name}]` goes on an entry, not on the `{}` item; move it above the entry \
                     it belongs to",
                    item.keyword()
                ),
            ));
            continue;
        }
        if item == Item::Mod {
            kept.push(attr.clone());
            continue;
        }
        for derived in attr.derived().iter().filter(|d| model::is_generated(d)) {
            let all: Vec<String> = model::DERIVES
                .iter()
                .map(|(name, _)| format!("`{name}`"))
                .collect();
            reject(syn::Error::new_spanned(
                &derived.path,
                format!(
                    "`{}` is already derived; remove it here (every set derives {})",
                    derived.name,
                    prose::series(&all, "and"),
                ),
            ));
        }
        kept.extend(attr.retain_derived(|derived| {
            !model::is_generated(derived) && (has_default || derived.name != "Default")
        }));
    }
    Screened { kept, rejected }
}
