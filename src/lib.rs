//! Talent-Ray SDK (work in progress).
mod generated {
    include!(concat!(env!("OUT_DIR"), "/client.rs"));
}
pub use generated::{Client, builder, types};
pub mod client {
    #[derive(Debug, Clone)]
    pub struct ClientState;
}
impl progenitor_client::ClientHooks<client::ClientState> for Client {}
