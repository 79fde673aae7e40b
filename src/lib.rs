//! Typed, documented errors of the Easemob (环信) / Agora Chat IM service.

mod codes {
    im_errors_macros::codes!("../codes.toml");
}

pub use codes::*;
