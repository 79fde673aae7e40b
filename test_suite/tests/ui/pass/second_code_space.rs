im_errors::codes!("second_code_space.toml", doc_path = "my_crate::codes",);

fn main() {
    assert_eq!(WebCode::from(1), WebCode::WebimConnctionOpenError);
    assert_eq!(NativeCode::from(1), NativeCode::EmErrorGeneral);
    assert_eq!(WebCode::from(1).related_native_codes(), &[NativeCode::EmErrorGeneral]);
    assert_eq!(NativeCode::EmErrorGeneral.related_web_codes(), &[WebCode::WebimConnctionOpenError]);
    assert_eq!(NativeCode::CODE_SPACE, "EMError");
    assert_eq!(i32::from(NativeCode::from(-5)), -5);
    assert_eq!("EM_ERROR_GENERAL".parse::<NativeCode>(), Ok(NativeCode::EmErrorGeneral));
    assert!("WEBIM_CONNCTION_OPEN_ERROR".parse::<NativeCode>().is_err());
}
