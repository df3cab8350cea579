//! [`Nullable`]: a request field that can be set, cleared (`null`) or left out.

/// The value of a nullable field in a request body. With `Option<Nullable<T>>`, `None` leaves the
/// field out (unchanged), `Some(Nullable::Null)` sends `null` (clears it), and
/// `Some(Nullable::Value(v))` sets it.
///
/// ```
/// use talent_ray::{Nullable, types};
/// let patch = types::CandidateUpdate {
///     phone: Some(Nullable::Null),                       // clear the phone number
///     summary: Some("Strong backend profile".into()),   // set the summary
///     ..Default::default()
/// };
/// assert_eq!(
///     serde_json::to_value(&patch).unwrap(),
///     serde_json::json!({"phone": null, "summary": "Strong backend profile"})
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// Send `null`: clear the field.
    Null,
    /// Send this value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if there is one.
    ///
    /// ```
    /// assert_eq!(talent_ray::Nullable::Value(3).into_option(), Some(3));
    /// assert_eq!(talent_ray::Nullable::<i32>::Null.into_option(), None);
    /// ```
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_owned())
    }
}

impl<T> Nullable<T> {
    /// Deserializes an `Option<Nullable<T>>` field so that a present `null` is
    /// `Some(Nullable::Null)` (clear) rather than `None` (leave out); generated request types use
    /// it with `#[serde(default)]`.
    ///
    /// ```
    /// use talent_ray::{Nullable, types};
    /// let patch: types::CandidateUpdate = serde_json::from_str(r#"{"phone": null}"#).unwrap();
    /// assert_eq!(patch.phone, Some(Nullable::Null));
    /// assert_eq!(patch.email, None);
    /// ```
    pub fn deserialize_present<'de, D>(deserializer: D) -> Result<Option<Self>, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: serde::Deserialize<'de>,
    {
        <Self as serde::Deserialize>::deserialize(deserializer).map(Some)
    }
}

impl<T: serde::Serialize> serde::Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => serializer.serialize_some(v),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.map_or(Nullable::Null, Nullable::Value))
    }
}
