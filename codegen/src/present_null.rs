//! `Option<Nullable<T>>` request fields: serde reads a present `null` of an `Option` as `None`,
//! which would lose "clear this field" when a body is decoded from JSON (as the dynamic calls of the
//! CLI and MCP server do). Such fields get a deserializer that keeps it as `Some(Nullable::Null)`.

/// Marks every `Option<crate::Nullable<..>>` field of the generated types.
pub(crate) fn keep_present_nulls(items: &mut [syn::Item]) {
    let attr: syn::Attribute = syn::parse_quote!(
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
    );
    for item in items {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            let ty = quote::ToTokens::to_token_stream(&field.ty)
                .to_string()
                .replace(' ', "");
            if ty.starts_with("::std::option::Option<crate::Nullable<") {
                field.attrs.push(attr.clone());
            }
        }
    }
}
