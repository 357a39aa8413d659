//! Every feature-gated impl that the facade's macros emit carries its `doc(cfg)` badge in the
//! `documented` form, which the facade's own set uses. Read from the source: a docs.rs-style
//! build (`--cfg docsrs`) needs a nightly toolchain, which CI does not have.

fn check(file: &str, feature: &str) {
    let path = format!("{}/src/__private/{file}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap();
    let badge = format!(r#"[#[cfg_attr(docsrs, doc(cfg(feature = "{feature}")))]]"#);
    assert!(
        source.contains("(documented $set:ident) => {") && source.contains(&badge),
        "{file}: the `documented` arm must pass the `{feature}` badge"
    );
    // Inside the `@impl` arm, the badge stands among the attributes of every impl: between
    // the end of the item before it and the impl.
    let arm = &source[source
        .find("(@impl [$($badge:tt)*] $set:ident) => {")
        .unwrap()..];
    let arm = &arm[..arm.find("\n    };").unwrap()];
    let pieces: Vec<&str> = arm.split("\n        impl").collect();
    assert!(pieces.len() > 1, "{file}: no impl in the `@impl` arm");
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
