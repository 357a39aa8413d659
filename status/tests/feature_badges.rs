//! Every feature-gated impl that the facade's macros emit carries its `doc(cfg)` badge in the
//! `documented` form of `__impl_features!`, which the facade's own set uses. Read from the source: a docs.rs-style
//! build (`--cfg docsrs`) needs a nightly toolchain, which CI does not have.

fn check(file: &str, feature: &str) {
    let read = |file: &str| {
        let path = format!("{}/src/__private/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap()
    };
    // `__impl_features!` names the feature beside its macro, and gives the `documented` form
    // the badge of each.
    let features = read("mod.rs");
    let macro_name = format!("__impl_{}", file.trim_end_matches(".rs"));
    assert!(
        features.contains(&format!("\"{feature}\" {macro_name},")),
        "mod.rs: `__impl_features!` must call `{macro_name}!` for `{feature}`"
    );
    let badge = "[#[cfg_attr(docsrs, doc(cfg(feature = $feature)))]]";
    assert!(
        features.contains("(@with [documented] $set:ident:") && features.contains(badge),
        "mod.rs: the `documented` arm must pass each feature's badge"
    );
    // Inside the feature's arm, the badge stands among the attributes of every impl: between
    // the end of the item before it and the impl.
    let source = read(file);
    let arm = &source[source.find("([$($badge:tt)*] $set:ident) => {").unwrap()..];
    let arm = &arm[..arm.find("\n    };").unwrap()];
    let pieces: Vec<&str> = arm.split("\n        impl").collect();
    assert!(pieces.len() > 1, "{file}: no impl in the feature's arm");
    for before in &pieces[..pieces.len() - 1] {
        let attributes = before.rsplit("\n        }\n").next().unwrap();
        assert!(
            attributes.contains("$($badge)*"),
            "{file}: an impl without its badge, after: {attributes}"
        );
    }
}

#[test]
fn serde_impls_carry_their_badge() {
    check("serde.rs", "serde");
}

#[test]
fn http_impls_carry_their_badge() {
    check("http.rs", "http");
}

#[test]
fn hyper_impls_carry_their_badge() {
    check("hyper.rs", "hyper");
}

#[test]
fn axum_impls_carry_their_badge() {
    check("axum.rs", "axum");
}

#[test]
fn actix_web_impls_carry_their_badge() {
    check("actix_web.rs", "actix-web");
}

#[test]
fn utoipa_impls_carry_their_badge() {
    check("utoipa.rs", "utoipa");
}

#[test]
fn the_public_serde_module_carries_its_badge() {
    let path = format!("{}/src/lib.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap();
    assert!(source.contains(
        "#[cfg(feature = \"serde\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"serde\")))]\npub mod serde;"
    ));
}
