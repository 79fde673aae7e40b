//! The SDK code table of the Web / mini-program SDK page as first copied (easemob/shengwang-chat-doc
//! `docs/document/web/error.md` at b5ccdaff, the `SEED_PAGE` below), copied here by number and
//! constant name so that a change to codes.toml that loses or misspells a code fails a test,
//! without the page at hand.

use im_errors::SdkCode;

/// The page the table was first copied from, as the catalogue cites it.
const SEED_PAGE: &str = "https://github.com/easemob/shengwang-chat-doc/blob/b5ccdaff8e592f0abbe527806089049c9fbf11d2/docs/document/web/error.md";

const SEED: [(i32, &str); 70] = [
    (0, "REQUEST_SUCCESS"),
    (-1, "REQUEST_TIMEOUT"),
    (-2, "REQUEST_UNKNOWN"),
    (-3, "REQUEST_PARAMETER_ERROR"),
    (-4, "REQUEST_ABORT"),
    (1, "WEBIM_CONNCTION_OPEN_ERROR"),
    (2, "WEBIM_CONNCTION_AUTH_ERROR"),
    (12, "WEBIM_CONNCTION_GETROSTER_ERROR"),
    (16, "WEBIM_CONNCTION_DISCONNECTED"),
    (17, "WEBIM_CONNCTION_AJAX_ERROR"),
    (27, "WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR"),
    (28, "WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR"),
    (31, "WEBIM_CONNCTION_CALLBACK_INNER_ERROR"),
    (32, "WEBIM_CONNCTION_CLIENT_OFFLINE"),
    (39, "WEBIM_CONNECTION_CLOSED"),
    (40, "WEBIM_CONNECTION_ERROR"),
    (50, "MAX_LIMIT"),
    (51, "MESSAGE_NOT_FOUND"),
    (52, "NO_PERMISSION"),
    (53, "OPERATION_UNSUPPORTED"),
    (101, "WEBIM_UPLOADFILE_ERROR"),
    (102, "WEBIM_UPLOADFILE_NO_LOGIN"),
    (200, "WEBIM_DOWNLOADFILE_ERROR"),
    (204, "USER_NOT_FOUND"),
    (205, "MESSAGE_PARAMETER_ERROR"),
    (206, "WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE"),
    (207, "WEBIM_CONNCTION_USER_REMOVED"),
    (208, "WEBIM_USER_ALREADY_LOGIN"),
    (216, "WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD"),
    (217, "WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE"),
    (219, "USER_MUTED_BY_ADMIN"),
    (221, "USER_NOT_FRIEND"),
    (500, "SERVER_BUSY"),
    (501, "MESSAGE_INCLUDE_ILLEGAL_CONTENT"),
    (502, "MESSAGE_EXTERNAL_LOGIC_BLOCKED"),
    (503, "SERVER_UNKNOWN_ERROR"),
    (504, "MESSAGE_RECALL_TIME_LIMIT"),
    (505, "SERVICE_NOT_ENABLED"),
    (506, "SERVICE_NOT_ALLOW_MESSAGING"),
    (507, "SERVICE_NOT_ALLOW_MESSAGING_MUTE"),
    (508, "MESSAGE_MODERATION_BLOCKED"),
    (509, "MESSAGE_CURRENT_LIMITING"),
    (510, "MESSAGE_WEBSOCKET_DISCONNECTED"),
    (511, "MESSAGE_SIZE_LIMIT"),
    (512, "MESSAGE_SEND_TIMEOUT"),
    (601, "GROUP_ALREADY_JOINED"),
    (602, "GROUP_NOT_JOINED"),
    (603, "PERMISSION_DENIED"),
    (604, "WEBIM_LOAD_MSG_ERROR"),
    (605, "GROUP_NOT_EXIST"),
    (606, "GROUP_MEMBERS_FULL"),
    (607, "GROUP_MEMBERS_LIMIT"),
    (609, "GROUP_MEMBER_ATTRIBUTES_SET_FAILED"),
    (700, "REST_PARAMS_STATUS"),
    (702, "CHATROOM_NOT_JOINED"),
    (704, "CHATROOM_MEMBERS_FULL"),
    (705, "CHATROOM_NOT_EXIST"),
    (800, "LOCAL_DB_OPERATION_FAILED"),
    (999, "SDK_RUNTIME_ERROR"),
    (1100, "PRESENCE_PARAM_EXCEED"),
    (1101, "REACTION_ALREADY_ADDED"),
    (1102, "REACTION_CREATING"),
    (1103, "REACTION_OPERATION_IS_ILLEGAL"),
    (1200, "TRANSLATION_NOT_VALID"),
    (1201, "TRANSLATION_TEXT_TOO_LONG"),
    (1204, "TRANSLATION_FAILED"),
    (1300, "THREAD_NOT_EXIST"),
    (1301, "THREAD_ALREADY_EXIST"),
    (1302, "MODIFY_MESSAGE_NOT_EXIST"),
    (1304, "MODIFY_MESSAGE_FAILED"),
];

#[test]
fn every_seed_code_has_its_number_and_constant() {
    for (code, constant) in SEED {
        let by_number = SdkCode::from(code);
        assert!(
            by_number.is_known(),
            "{code} {constant} is missing from codes.toml"
        );
        assert_eq!(by_number.name(), constant, "constant of {code}");
        assert_eq!(
            constant.parse::<SdkCode>(),
            Ok(by_number),
            "lookup of {constant}"
        );
        assert_eq!(i32::from(by_number), code);
    }
}

/// The codes that cite the seed are exactly the seed's, in its order; codes added later (from
/// newer documents) cite those documents and may stand anywhere.
#[test]
fn the_codes_citing_the_seed_are_the_seed_codes() {
    let listed: Vec<(i32, &str)> = (SdkCode::ALL.iter())
        .filter(|code| code.sources().contains(&SEED_PAGE))
        .map(|code| (code.code(), code.name()))
        .collect();
    assert_eq!(listed, SEED, "codes.toml keeps the seed's order");
}

#[test]
fn typos_of_the_sdk_are_kept() {
    assert_eq!(
        SdkCode::WebimConnctionOpenError.name(),
        "WEBIM_CONNCTION_OPEN_ERROR"
    );
    assert_eq!(SdkCode::from(1), SdkCode::WebimConnctionOpenError);
}
