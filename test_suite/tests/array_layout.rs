//! Long tables get their accessors as lookups in constant arrays instead of `match`es (see
//! `ARRAY_LAYOUT_FROM` in im-errors-codegen/src/expand/layout.rs). The tables of
//! `array_layout/codes.toml` are long enough and follow a pattern its header gives, so every
//! accessor of that layout is checked here against the pattern, unknown values included.

mod long {
    im_errors::codes!("array_layout/codes.toml");
}

use long::{Act, Case, Code, Kind, Status};

const ENTRIES: usize = 260;

fn advice(i: usize) -> Act {
    if i.is_multiple_of(2) {
        Act::Retry
    } else {
        Act::Fix
    }
}

#[test]
fn sdk_codes_by_position() {
    assert_eq!(Code::COUNT, ENTRIES);
    for (i, &code) in Code::ALL.iter().enumerate() {
        let number = 10 * i32::try_from(i).unwrap() - 5;
        let name = format!("CODE_{i}");
        assert_eq!((i32::from(code), Code::from(number)), (number, code));
        assert_eq!(
            (code.name(), name.parse::<Code>()),
            (name.as_str(), Ok(code))
        );
        assert_eq!(code.message_en(), format!("entry {i}"));
        assert_eq!(code.message_zh(), format!("条目 {i}"));
        assert_eq!(code.advice(), advice(i));
        assert_eq!(code.variant_name(), format!("Code{i}"));
        assert_eq!(
            (code.sources(), code.history()),
            (&["example"][..], &[][..])
        );
        assert_eq!(code.related_cases(), &[Case::ALL[i]]);
    }
    let unknown = Code::from(-4);
    assert_eq!(
        (
            unknown.name(),
            unknown.message_en(),
            unknown.advice(),
            i32::from(unknown)
        ),
        ("UNKNOWN", "an unknown code", Act::Fix, -4)
    );
    for name in ["CODE_260", "code_1", "", "CODE_1 "] {
        assert!(name.parse::<Code>().is_err(), "{name:?}");
    }
}

#[test]
fn error_types_by_position() {
    for (i, kind) in Kind::ALL.iter().enumerate() {
        let wire = format!("type_{i}");
        assert_eq!(Kind::known(&wire).as_ref(), Some(kind));
        assert_eq!(Kind::from(wire.as_str()), *kind);
        assert_eq!(
            (kind.as_str(), kind.wire_str()),
            (wire.as_str(), Some(wire.as_str()))
        );
        assert_eq!(
            (kind.message_en(), kind.advice()),
            (format!("entry {i}").as_str(), advice(i))
        );
    }
    let unknown = Kind::from("type_260");
    assert_eq!(Kind::known("type_260"), None);
    assert_eq!((unknown.as_str(), unknown.wire_str()), ("type_260", None));
    assert_eq!(
        (unknown.message_en(), unknown.advice()),
        ("an unknown error type", Act::Fix)
    );
}

#[test]
fn rest_cases_by_position() {
    for (i, &case) in Case::ALL.iter().enumerate() {
        let id = format!("case_{i}");
        assert_eq!((case.id(), Case::from_id(&id)), (id.as_str(), Some(case)));
        let status = if i.is_multiple_of(2) {
            Status::BadRequest
        } else {
            Status::NotFound
        };
        assert_eq!(case.status(), status);
        let error = (i.is_multiple_of(3)).then(|| format!("type_{i}"));
        assert_eq!(case.error(), error.as_deref());
        assert_eq!(case.error_type(), error.as_deref().map(Kind::from));
        assert_eq!(case.template(), format!("entry {i} of {{table}}"));
        assert_eq!(case.params(), &["table"]);
        assert_eq!(
            (case.cause_en(), case.remedy_zh()),
            (
                format!("Cause {i}.").as_str(),
                format!("办法 {i}。").as_str()
            )
        );
        assert_eq!((case.advice(), case.superseded_by()), (advice(i), None));
        assert_eq!(case.related_codes(), &[Code::ALL[i]]);
    }
    assert_eq!(Case::from_id("case_260"), None);
}

#[test]
fn advice_without_a_fallback_by_position() {
    assert_eq!(Act::COUNT, 260);
    assert_eq!((Act::ALL[0], Act::ALL[1]), (Act::Retry, Act::Fix));
    for (i, &act) in Act::ALL[2..].iter().enumerate() {
        let id = format!("step_{i}");
        assert_eq!((act.id(), Act::from_id(&id)), (id.as_str(), Some(act)));
        assert_eq!(act.message_en(), format!("step {i}"));
        assert_eq!(act.message_zh(), format!("步骤 {i}"));
    }
    assert_eq!(
        (Act::Fix.id(), Act::from_id("fix")),
        ("fix", Some(Act::Fix))
    );
    assert_eq!(Act::from_id("step_258"), None);
}

#[test]
fn short_tables_beside_long_ones() {
    assert_eq!(Status::from(404).reason(), Some("Not Found"));
    assert_eq!(
        (Act::from_id("fix"), Act::Fix.id()),
        (Some(Act::Fix), "fix")
    );
}
