//! The generic parameters and where clause of a type that derives `IntoProblem`, read as
//! tokens (the macro crate builds syn without its syntax tree), and the bounds that generated
//! code adds: only for the fields whose types name a type parameter.

use super::ast::Generics;
use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::ParseStream;
use syn::{Ident, Token};

/// `<..>` after the type's name, if any.
pub fn parse_params(input: ParseStream) -> syn::Result<Generics> {
    let mut generics = Generics::default();
    if !input.peek(Token![<]) {
        return Ok(generics);
    }
    input.parse::<Token![<]>()?;
    let mut params = Vec::new();
    let mut param = Vec::new();
    let mut depth = 0usize;
    loop {
        let token: TokenTree = input
            .parse()
            .map_err(|_| input.error("expected `>` to close the generic parameters"))?;
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == '>' && depth == 0 => break,
            TokenTree::Punct(punct) if punct.as_char() == ',' && depth == 0 => {
                params.push(std::mem::take(&mut param));
                continue;
            }
            TokenTree::Punct(punct) => depth = nest(depth, punct, param.last()),
            _ => {}
        }
        param.push(token);
    }
    params.push(param);
    for param in params.into_iter().filter(|param| !param.is_empty()) {
        read_param(&param, &mut generics);
    }
    Ok(generics)
}

/// One parameter: its name, and the parameter without its default.
fn read_param(param: &[TokenTree], generics: &mut Generics) {
    let is_lifetime = matches!(&param[0], TokenTree::Punct(p) if p.as_char() == '\'');
    let is_const = matches!(&param[0], TokenTree::Ident(i) if i == "const");
    let name: TokenStream = if is_lifetime {
        param.iter().take(2).cloned().collect()
    } else {
        let index = usize::from(is_const);
        param.get(index).cloned().into_iter().collect()
    };
    if !is_lifetime
        && !is_const
        && let Some(TokenTree::Ident(ident)) = param.first()
    {
        generics.type_params.push(ident.clone());
    }
    // The default, after an `=` outside `<..>`, is the type's business, not the impl's.
    let mut depth = 0usize;
    let mut kept = TokenStream::new();
    for (index, token) in param.iter().enumerate() {
        if let TokenTree::Punct(punct) = token {
            if punct.as_char() == '=' && depth == 0 && punct.spacing() == Spacing::Alone {
                break;
            }
            depth = nest(
                depth,
                punct,
                index.checked_sub(1).and_then(|i| param.get(i)),
            );
        }
        kept.extend([token.clone()]);
    }
    generics.params.push(kept);
    generics.args.push(name);
}

/// `where ..` up to what ends it: the body's `{`, or the `;` of a tuple or unit struct.
pub fn parse_where(input: ParseStream, generics: &mut Generics) -> syn::Result<()> {
    if !input.peek(Token![where]) {
        return Ok(());
    }
    input.parse::<Token![where]>()?;
    let mut predicate = TokenStream::new();
    let mut depth = 0usize;
    let mut last: Option<TokenTree> = None;
    while !(input.is_empty()
        || depth == 0 && (input.peek(syn::token::Brace) || input.peek(Token![;])))
    {
        let token: TokenTree = input.parse()?;
        if let TokenTree::Punct(punct) = &token {
            if punct.as_char() == ',' && depth == 0 {
                generics.predicates.push(std::mem::take(&mut predicate));
                last = None;
                continue;
            }
            depth = nest(depth, punct, last.as_ref());
        }
        last = Some(token.clone());
        predicate.extend([token]);
    }
    if !predicate.is_empty() {
        generics.predicates.push(predicate);
    }
    Ok(())
}

/// The depth of `<..>` after `punct`; `->` closes nothing.
fn nest(depth: usize, punct: &proc_macro2::Punct, before: Option<&TokenTree>) -> usize {
    let after_dash = matches!(before, Some(TokenTree::Punct(p)) if p.as_char() == '-' && p.spacing() == Spacing::Joint);
    match punct.as_char() {
        '<' => depth + 1,
        '>' if !after_dash => depth.saturating_sub(1),
        _ => depth,
    }
}

impl Generics {
    /// Whether the type has parameters: then its checks wait for its types to be known.
    pub fn is_generic(&self) -> bool {
        !self.params.is_empty()
    }

    /// Whether `ty` names one of the type parameters, so that a bound on it is needed.
    pub fn mentions(&self, ty: &TokenStream) -> bool {
        ty.clone().into_iter().any(|token| match token {
            TokenTree::Ident(ident) => self.type_params.contains(&ident),
            TokenTree::Group(group) => self.mentions(&group.stream()),
            _ => false,
        })
    }

    /// `<'a, E: Error>` for `impl`, empty without parameters.
    pub fn impl_params(&self) -> TokenStream {
        let params = &self.params;
        if params.is_empty() {
            return TokenStream::new();
        }
        quote!(<#(#params),*>)
    }

    /// `Name<'a, E>`.
    pub fn self_type(&self, ident: &Ident) -> TokenStream {
        let args = &self.args;
        if args.is_empty() {
            return ident.to_token_stream();
        }
        quote!(#ident<#(#args),*>)
    }

    /// The where clause's predicates and `added`, as `where ..,` or nothing.
    pub fn where_clause(&self, added: &[TokenStream]) -> TokenStream {
        let predicates = self.predicates.iter().chain(added);
        if self.predicates.is_empty() && added.is_empty() {
            return TokenStream::new();
        }
        quote!(where #(#predicates,)*)
    }
}
