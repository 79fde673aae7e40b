// Written by `scripts/gen-bench-code` (im-errors-codegen/examples/bench_gen.rs) from codes.toml:
// plain `match`es with the semantics of the generated enums, the baseline of benches/codes.rs.
// Regenerate, do not edit.

#![allow(dead_code, reason = "the benchmark uses part of each table")]
#![allow(
    clippy::enum_variant_names,
    reason = "variant names are the SDK's constants"
)]

use std::fmt;
use std::str::FromStr;

/// The error of a failed lookup by name, as the generated `ParseCodeError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sdk {
    RequestSuccess,
    RequestTimeout,
    RequestUnknown,
    RequestParameterError,
    RequestAbort,
    WebimConnctionOpenError,
    WebimConnctionAuthError,
    WebimConnctionOpenUsergridError,
    WebimConnctionAttachError,
    WebimConnctionAttachUsergridError,
    WebimConnctionReopenError,
    WebimConnctionServerCloseError,
    WebimConnctionServerError,
    WebimConnctionIqError,
    WebimConnctionPingError,
    WebimConnctionNotifyversionError,
    WebimConnctionGetrosterError,
    WebimConnctionCrossdomainError,
    WebimConnctionListeningOutofMaxretries,
    WebimConnctionReceivemsgContenterror,
    WebimConnctionDisconnected,
    WebimConnctionAjaxError,
    WebimConnctionJoinroomError,
    WebimConnctionGetroomError,
    WebimConnctionGetroominfoError,
    WebimConnctionGetroommemberError,
    WebimConnctionGetroomoccupantsError,
    WebimConnctionLoadChatroomError,
    WebimConnctionNotSupportChatroomError,
    WebimConnctionJoinchatroomError,
    WebimConnctionQuitchatroomError,
    WebimConnctionAppkeyNotAssignError,
    WebimConnctionTokenNotAssignError,
    WebimConnctionSessionidNotAssignError,
    WebimConnctionRidNotAssignError,
    WebimConnctionCallbackInnerError,
    WebimConnctionClientOffline,
    WebimConnctionClientLogout,
    WebimConnctionClientTooMuchError,
    WebimConnectionAcceptInvitationFromGroup,
    WebimConnectionDeclineInvitationFromGroup,
    WebimConnectionAcceptJoinGroup,
    WebimConnectionDeclineJoinGroup,
    WebimConnectionClosed,
    WebimConnectionError,
    MaxLimit,
    MessageNotFound,
    NoPermission,
    OperationUnsupported,
    OperationNotAllowed,
    NotExist,
    WebimTokenExpired,
    WebimServerServingDisabled,
    WebimUploadfileBrowserError,
    WebimUploadfileError,
    WebimUploadfileNoLogin,
    WebimUploadfileNoFile,
    WebimDownloadfileError,
    WebimDownloadfileNoLogin,
    WebimDownloadfileBrowserError,
    ParseFileError,
    UserNotFound,
    MessageParameterError,
    WebimConnctionUserLoginAnotherDevice,
    WebimConnctionUserRemoved,
    WebimUserAlreadyLogin,
    UserLoginTooManyDevices,
    WebimConnctionUserKickedByChangePassword,
    WebimConnctionUserKickedByOtherDevice,
    UserMutedByAdmin,
    UserDeviceChanged,
    UserNotFriend,
    WebimDownloadfileErrorNoPermission,
    WebimDownloadfileErrorExpired,
    WebimMessageRecText,
    WebimMessageRecTextError,
    WebimMessageRecEmotion,
    WebimMessageRecPhoto,
    ServerGetDnslistFailed,
    WebimMessageRecAudioFile,
    WebimMessageRecVedio,
    WebimMessageRecVedioFile,
    WebimMessageRecFile,
    WebimMessageSedText,
    WebimMessageSedEmotion,
    WebimMessageSedPhoto,
    WebimMessageSedAudio,
    WebimMessageSedAudioFile,
    WebimMessageSedVedio,
    WebimMessageSedVedioFile,
    WebimMessageSedFile,
    WebimMessageSedError,
    FileInvalid,
    FileDurationTooLong,
    FileVoiceToTextFailed,
    FileNotFound,
    FileTooLarge,
    ServerBusy,
    MessageIncludeIllegalContent,
    MessageExternalLogicBlocked,
    ServerUnknownError,
    MessageRecallTimeLimit,
    ServiceNotEnabled,
    ServiceNotAllowMessaging,
    ServiceNotAllowMessagingMute,
    MessageModerationBlocked,
    MessageCurrentLimiting,
    MessageWebsocketDisconnected,
    MessageSizeLimit,
    MessageSendTimeout,
    MessageStreamIntervalTimeout,
    MessageStreamTimeout,
    GroupAlreadyJoined,
    GroupNotJoined,
    PermissionDenied,
    WebimLoadMsgError,
    GroupNotExist,
    GroupMembersFull,
    GroupMembersLimit,
    GroupIsDisabled,
    GroupMemberAttributesSetFailed,
    RestParamsStatus,
    ChatroomNotJoined,
    ChatroomMembersFull,
    ChatroomNotExist,
    LocalDbOperationFailed,
    SdkRuntimeError,
    PresenceParamExceed,
    ReactionAlreadyAdded,
    ReactionCreating,
    ReactionOperationIsIllegal,
    TranslationNotValid,
    TranslationTextTooLong,
    TranslationFailed,
    ThreadNotExist,
    ThreadAlreadyExist,
    ModifyMessageNotExist,
    ModifyMessageFormatError,
    ModifyMessageFailed,
    ConversationNotExist,
    Unknown(i32),
}

impl Sdk {
    #[inline]
    pub const fn from_code(code: i32) -> Self {
        match code {
            0 => Self::RequestSuccess,
            -1 => Self::RequestTimeout,
            -2 => Self::RequestUnknown,
            -3 => Self::RequestParameterError,
            -4 => Self::RequestAbort,
            1 => Self::WebimConnctionOpenError,
            2 => Self::WebimConnctionAuthError,
            3 => Self::WebimConnctionOpenUsergridError,
            4 => Self::WebimConnctionAttachError,
            5 => Self::WebimConnctionAttachUsergridError,
            6 => Self::WebimConnctionReopenError,
            7 => Self::WebimConnctionServerCloseError,
            8 => Self::WebimConnctionServerError,
            9 => Self::WebimConnctionIqError,
            10 => Self::WebimConnctionPingError,
            11 => Self::WebimConnctionNotifyversionError,
            12 => Self::WebimConnctionGetrosterError,
            13 => Self::WebimConnctionCrossdomainError,
            14 => Self::WebimConnctionListeningOutofMaxretries,
            15 => Self::WebimConnctionReceivemsgContenterror,
            16 => Self::WebimConnctionDisconnected,
            17 => Self::WebimConnctionAjaxError,
            18 => Self::WebimConnctionJoinroomError,
            19 => Self::WebimConnctionGetroomError,
            20 => Self::WebimConnctionGetroominfoError,
            21 => Self::WebimConnctionGetroommemberError,
            22 => Self::WebimConnctionGetroomoccupantsError,
            23 => Self::WebimConnctionLoadChatroomError,
            24 => Self::WebimConnctionNotSupportChatroomError,
            25 => Self::WebimConnctionJoinchatroomError,
            26 => Self::WebimConnctionQuitchatroomError,
            27 => Self::WebimConnctionAppkeyNotAssignError,
            28 => Self::WebimConnctionTokenNotAssignError,
            29 => Self::WebimConnctionSessionidNotAssignError,
            30 => Self::WebimConnctionRidNotAssignError,
            31 => Self::WebimConnctionCallbackInnerError,
            32 => Self::WebimConnctionClientOffline,
            33 => Self::WebimConnctionClientLogout,
            34 => Self::WebimConnctionClientTooMuchError,
            35 => Self::WebimConnectionAcceptInvitationFromGroup,
            36 => Self::WebimConnectionDeclineInvitationFromGroup,
            37 => Self::WebimConnectionAcceptJoinGroup,
            38 => Self::WebimConnectionDeclineJoinGroup,
            39 => Self::WebimConnectionClosed,
            40 => Self::WebimConnectionError,
            50 => Self::MaxLimit,
            51 => Self::MessageNotFound,
            52 => Self::NoPermission,
            53 => Self::OperationUnsupported,
            54 => Self::OperationNotAllowed,
            55 => Self::NotExist,
            56 => Self::WebimTokenExpired,
            57 => Self::WebimServerServingDisabled,
            100 => Self::WebimUploadfileBrowserError,
            101 => Self::WebimUploadfileError,
            102 => Self::WebimUploadfileNoLogin,
            103 => Self::WebimUploadfileNoFile,
            200 => Self::WebimDownloadfileError,
            201 => Self::WebimDownloadfileNoLogin,
            202 => Self::WebimDownloadfileBrowserError,
            203 => Self::ParseFileError,
            204 => Self::UserNotFound,
            205 => Self::MessageParameterError,
            206 => Self::WebimConnctionUserLoginAnotherDevice,
            207 => Self::WebimConnctionUserRemoved,
            208 => Self::WebimUserAlreadyLogin,
            214 => Self::UserLoginTooManyDevices,
            216 => Self::WebimConnctionUserKickedByChangePassword,
            217 => Self::WebimConnctionUserKickedByOtherDevice,
            219 => Self::UserMutedByAdmin,
            220 => Self::UserDeviceChanged,
            221 => Self::UserNotFriend,
            222 => Self::WebimDownloadfileErrorNoPermission,
            223 => Self::WebimDownloadfileErrorExpired,
            300 => Self::WebimMessageRecText,
            301 => Self::WebimMessageRecTextError,
            302 => Self::WebimMessageRecEmotion,
            303 => Self::WebimMessageRecPhoto,
            304 => Self::ServerGetDnslistFailed,
            305 => Self::WebimMessageRecAudioFile,
            306 => Self::WebimMessageRecVedio,
            307 => Self::WebimMessageRecVedioFile,
            308 => Self::WebimMessageRecFile,
            309 => Self::WebimMessageSedText,
            310 => Self::WebimMessageSedEmotion,
            311 => Self::WebimMessageSedPhoto,
            312 => Self::WebimMessageSedAudio,
            313 => Self::WebimMessageSedAudioFile,
            314 => Self::WebimMessageSedVedio,
            315 => Self::WebimMessageSedVedioFile,
            316 => Self::WebimMessageSedFile,
            317 => Self::WebimMessageSedError,
            407 => Self::FileInvalid,
            408 => Self::FileDurationTooLong,
            409 => Self::FileVoiceToTextFailed,
            410 => Self::FileNotFound,
            411 => Self::FileTooLarge,
            500 => Self::ServerBusy,
            501 => Self::MessageIncludeIllegalContent,
            502 => Self::MessageExternalLogicBlocked,
            503 => Self::ServerUnknownError,
            504 => Self::MessageRecallTimeLimit,
            505 => Self::ServiceNotEnabled,
            506 => Self::ServiceNotAllowMessaging,
            507 => Self::ServiceNotAllowMessagingMute,
            508 => Self::MessageModerationBlocked,
            509 => Self::MessageCurrentLimiting,
            510 => Self::MessageWebsocketDisconnected,
            511 => Self::MessageSizeLimit,
            512 => Self::MessageSendTimeout,
            513 => Self::MessageStreamIntervalTimeout,
            514 => Self::MessageStreamTimeout,
            601 => Self::GroupAlreadyJoined,
            602 => Self::GroupNotJoined,
            603 => Self::PermissionDenied,
            604 => Self::WebimLoadMsgError,
            605 => Self::GroupNotExist,
            606 => Self::GroupMembersFull,
            607 => Self::GroupMembersLimit,
            608 => Self::GroupIsDisabled,
            609 => Self::GroupMemberAttributesSetFailed,
            700 => Self::RestParamsStatus,
            702 => Self::ChatroomNotJoined,
            704 => Self::ChatroomMembersFull,
            705 => Self::ChatroomNotExist,
            800 => Self::LocalDbOperationFailed,
            999 => Self::SdkRuntimeError,
            1100 => Self::PresenceParamExceed,
            1101 => Self::ReactionAlreadyAdded,
            1102 => Self::ReactionCreating,
            1103 => Self::ReactionOperationIsIllegal,
            1200 => Self::TranslationNotValid,
            1201 => Self::TranslationTextTooLong,
            1204 => Self::TranslationFailed,
            1300 => Self::ThreadNotExist,
            1301 => Self::ThreadAlreadyExist,
            1302 => Self::ModifyMessageNotExist,
            1303 => Self::ModifyMessageFormatError,
            1304 => Self::ModifyMessageFailed,
            1400 => Self::ConversationNotExist,
            other => Self::Unknown(other),
        }
    }

    #[inline]
    pub const fn code(&self) -> i32 {
        match self {
            Self::RequestSuccess => 0,
            Self::RequestTimeout => -1,
            Self::RequestUnknown => -2,
            Self::RequestParameterError => -3,
            Self::RequestAbort => -4,
            Self::WebimConnctionOpenError => 1,
            Self::WebimConnctionAuthError => 2,
            Self::WebimConnctionOpenUsergridError => 3,
            Self::WebimConnctionAttachError => 4,
            Self::WebimConnctionAttachUsergridError => 5,
            Self::WebimConnctionReopenError => 6,
            Self::WebimConnctionServerCloseError => 7,
            Self::WebimConnctionServerError => 8,
            Self::WebimConnctionIqError => 9,
            Self::WebimConnctionPingError => 10,
            Self::WebimConnctionNotifyversionError => 11,
            Self::WebimConnctionGetrosterError => 12,
            Self::WebimConnctionCrossdomainError => 13,
            Self::WebimConnctionListeningOutofMaxretries => 14,
            Self::WebimConnctionReceivemsgContenterror => 15,
            Self::WebimConnctionDisconnected => 16,
            Self::WebimConnctionAjaxError => 17,
            Self::WebimConnctionJoinroomError => 18,
            Self::WebimConnctionGetroomError => 19,
            Self::WebimConnctionGetroominfoError => 20,
            Self::WebimConnctionGetroommemberError => 21,
            Self::WebimConnctionGetroomoccupantsError => 22,
            Self::WebimConnctionLoadChatroomError => 23,
            Self::WebimConnctionNotSupportChatroomError => 24,
            Self::WebimConnctionJoinchatroomError => 25,
            Self::WebimConnctionQuitchatroomError => 26,
            Self::WebimConnctionAppkeyNotAssignError => 27,
            Self::WebimConnctionTokenNotAssignError => 28,
            Self::WebimConnctionSessionidNotAssignError => 29,
            Self::WebimConnctionRidNotAssignError => 30,
            Self::WebimConnctionCallbackInnerError => 31,
            Self::WebimConnctionClientOffline => 32,
            Self::WebimConnctionClientLogout => 33,
            Self::WebimConnctionClientTooMuchError => 34,
            Self::WebimConnectionAcceptInvitationFromGroup => 35,
            Self::WebimConnectionDeclineInvitationFromGroup => 36,
            Self::WebimConnectionAcceptJoinGroup => 37,
            Self::WebimConnectionDeclineJoinGroup => 38,
            Self::WebimConnectionClosed => 39,
            Self::WebimConnectionError => 40,
            Self::MaxLimit => 50,
            Self::MessageNotFound => 51,
            Self::NoPermission => 52,
            Self::OperationUnsupported => 53,
            Self::OperationNotAllowed => 54,
            Self::NotExist => 55,
            Self::WebimTokenExpired => 56,
            Self::WebimServerServingDisabled => 57,
            Self::WebimUploadfileBrowserError => 100,
            Self::WebimUploadfileError => 101,
            Self::WebimUploadfileNoLogin => 102,
            Self::WebimUploadfileNoFile => 103,
            Self::WebimDownloadfileError => 200,
            Self::WebimDownloadfileNoLogin => 201,
            Self::WebimDownloadfileBrowserError => 202,
            Self::ParseFileError => 203,
            Self::UserNotFound => 204,
            Self::MessageParameterError => 205,
            Self::WebimConnctionUserLoginAnotherDevice => 206,
            Self::WebimConnctionUserRemoved => 207,
            Self::WebimUserAlreadyLogin => 208,
            Self::UserLoginTooManyDevices => 214,
            Self::WebimConnctionUserKickedByChangePassword => 216,
            Self::WebimConnctionUserKickedByOtherDevice => 217,
            Self::UserMutedByAdmin => 219,
            Self::UserDeviceChanged => 220,
            Self::UserNotFriend => 221,
            Self::WebimDownloadfileErrorNoPermission => 222,
            Self::WebimDownloadfileErrorExpired => 223,
            Self::WebimMessageRecText => 300,
            Self::WebimMessageRecTextError => 301,
            Self::WebimMessageRecEmotion => 302,
            Self::WebimMessageRecPhoto => 303,
            Self::ServerGetDnslistFailed => 304,
            Self::WebimMessageRecAudioFile => 305,
            Self::WebimMessageRecVedio => 306,
            Self::WebimMessageRecVedioFile => 307,
            Self::WebimMessageRecFile => 308,
            Self::WebimMessageSedText => 309,
            Self::WebimMessageSedEmotion => 310,
            Self::WebimMessageSedPhoto => 311,
            Self::WebimMessageSedAudio => 312,
            Self::WebimMessageSedAudioFile => 313,
            Self::WebimMessageSedVedio => 314,
            Self::WebimMessageSedVedioFile => 315,
            Self::WebimMessageSedFile => 316,
            Self::WebimMessageSedError => 317,
            Self::FileInvalid => 407,
            Self::FileDurationTooLong => 408,
            Self::FileVoiceToTextFailed => 409,
            Self::FileNotFound => 410,
            Self::FileTooLarge => 411,
            Self::ServerBusy => 500,
            Self::MessageIncludeIllegalContent => 501,
            Self::MessageExternalLogicBlocked => 502,
            Self::ServerUnknownError => 503,
            Self::MessageRecallTimeLimit => 504,
            Self::ServiceNotEnabled => 505,
            Self::ServiceNotAllowMessaging => 506,
            Self::ServiceNotAllowMessagingMute => 507,
            Self::MessageModerationBlocked => 508,
            Self::MessageCurrentLimiting => 509,
            Self::MessageWebsocketDisconnected => 510,
            Self::MessageSizeLimit => 511,
            Self::MessageSendTimeout => 512,
            Self::MessageStreamIntervalTimeout => 513,
            Self::MessageStreamTimeout => 514,
            Self::GroupAlreadyJoined => 601,
            Self::GroupNotJoined => 602,
            Self::PermissionDenied => 603,
            Self::WebimLoadMsgError => 604,
            Self::GroupNotExist => 605,
            Self::GroupMembersFull => 606,
            Self::GroupMembersLimit => 607,
            Self::GroupIsDisabled => 608,
            Self::GroupMemberAttributesSetFailed => 609,
            Self::RestParamsStatus => 700,
            Self::ChatroomNotJoined => 702,
            Self::ChatroomMembersFull => 704,
            Self::ChatroomNotExist => 705,
            Self::LocalDbOperationFailed => 800,
            Self::SdkRuntimeError => 999,
            Self::PresenceParamExceed => 1100,
            Self::ReactionAlreadyAdded => 1101,
            Self::ReactionCreating => 1102,
            Self::ReactionOperationIsIllegal => 1103,
            Self::TranslationNotValid => 1200,
            Self::TranslationTextTooLong => 1201,
            Self::TranslationFailed => 1204,
            Self::ThreadNotExist => 1300,
            Self::ThreadAlreadyExist => 1301,
            Self::ModifyMessageNotExist => 1302,
            Self::ModifyMessageFormatError => 1303,
            Self::ModifyMessageFailed => 1304,
            Self::ConversationNotExist => 1400,
            Self::Unknown(code) => *code,
        }
    }

    #[inline]
    pub const fn message_en(&self) -> &'static str {
        match self {
            Self::RequestSuccess => "the operation succeeded",
            Self::RequestTimeout => "the request timed out",
            Self::RequestUnknown => "an unclassified error occurred",
            Self::RequestParameterError => "a parameter is invalid",
            Self::RequestAbort => "the request was aborted",
            Self::WebimConnctionOpenError => {
                "login failed: the token request failed or the token is invalid"
            }
            Self::WebimConnctionAuthError => "authentication failed at login",
            Self::WebimConnctionOpenUsergridError => {
                "the REST login request was refused with an error description"
            }
            Self::WebimConnctionAttachError => {
                "attaching to an existing connection session failed (defined, never raised)"
            }
            Self::WebimConnctionAttachUsergridError => {
                "attaching a session through the REST service failed (defined, never raised)"
            }
            Self::WebimConnctionReopenError => {
                "reopening the connection failed (defined, never raised)"
            }
            Self::WebimConnctionServerCloseError => "the connection failed or was dropped (1.x)",
            Self::WebimConnctionServerError => "the XMPP connection entered its error state (1.x)",
            Self::WebimConnctionIqError => "an XMPP IQ request failed (defined, never raised)",
            Self::WebimConnctionPingError => "a ping to the server failed (1.x)",
            Self::WebimConnctionNotifyversionError => {
                "reporting the client version to the server failed (1.x)"
            }
            Self::WebimConnctionGetrosterError => {
                "exchanging the Agora token for a Chat token failed"
            }
            Self::WebimConnctionCrossdomainError => {
                "a cross-domain request failed (defined, never raised)"
            }
            Self::WebimConnctionListeningOutofMaxretries => {
                "listening exceeded its maximum retries (defined, never raised)"
            }
            Self::WebimConnctionReceivemsgContenterror => {
                "a received message has bad content (defined, never raised)"
            }
            Self::WebimConnctionDisconnected => "the WebSocket connection is closed",
            Self::WebimConnctionAjaxError => "a request to the server failed",
            Self::WebimConnctionJoinroomError => "joining a group (room) failed (1.x to 3.0)",
            Self::WebimConnctionGetroomError => "getting the list of groups failed (1.x to 3.0)",
            Self::WebimConnctionGetroominfoError => {
                "getting a group's information failed (1.x to 3.0)"
            }
            Self::WebimConnctionGetroommemberError => {
                "getting a group's member list failed (1.x to 3.0)"
            }
            Self::WebimConnctionGetroomoccupantsError => {
                "getting a group's occupants failed (1.x to 3.0)"
            }
            Self::WebimConnctionLoadChatroomError => {
                "getting the list of chat rooms failed with an error description"
            }
            Self::WebimConnctionNotSupportChatroomError => {
                "the environment cannot set request headers, so chat room calls are unsupported (1.x to 3.x)"
            }
            Self::WebimConnctionJoinchatroomError => "joining a chat room failed (1.x)",
            Self::WebimConnctionQuitchatroomError => "leaving a chat room failed (1.x)",
            Self::WebimConnctionAppkeyNotAssignError => "the app key is missing or wrong",
            Self::WebimConnctionTokenNotAssignError => "the call carries no token",
            Self::WebimConnctionSessionidNotAssignError => {
                "no session ID was given to attach a session (1.x)"
            }
            Self::WebimConnctionRidNotAssignError => {
                "no request ID was given to attach a session (1.x)"
            }
            Self::WebimConnctionCallbackInnerError => {
                "the message-receiving callback or the code it runs afterwards failed"
            }
            Self::WebimConnctionClientOffline => "the current user is not logged in",
            Self::WebimConnctionClientLogout => "the client logged out (1.x to 3.x)",
            Self::WebimConnctionClientTooMuchError => {
                "the user opened too many pages in one browser (defined, never raised)"
            }
            Self::WebimConnectionAcceptInvitationFromGroup => {
                "accepting a group invitation failed (1.x to 3.0)"
            }
            Self::WebimConnectionDeclineInvitationFromGroup => {
                "declining a group invitation failed (1.x to 3.0)"
            }
            Self::WebimConnectionAcceptJoinGroup => {
                "approving a request to join a group failed (1.x to 3.0)"
            }
            Self::WebimConnectionDeclineJoinGroup => {
                "declining a request to join a group failed (1.x to 3.0)"
            }
            Self::WebimConnectionClosed => "the connection is closed or the user never logged in",
            Self::WebimConnectionError => "user authentication failed",
            Self::MaxLimit => {
                "a limit was reached (reactions, translation quota, DAU, online users or MAU)"
            }
            Self::MessageNotFound => "the message was not found",
            Self::NoPermission => "the user may not perform this operation",
            Self::OperationUnsupported => "the operation is not supported",
            Self::OperationNotAllowed => "the operation is not allowed",
            Self::NotExist => "the target does not exist (circleSdk builds only)",
            Self::WebimTokenExpired => "the token has expired",
            Self::WebimServerServingDisabled => "the server refuses to serve the connection",
            Self::WebimUploadfileBrowserError => "the browser cannot upload files (1.x to 3.x)",
            Self::WebimUploadfileError => {
                "uploading the file failed, for example because it is too large"
            }
            Self::WebimUploadfileNoLogin => "the upload request carries no token",
            Self::WebimUploadfileNoFile => "there is no file to upload (defined, never raised)",
            Self::WebimDownloadfileError => {
                "downloading the file failed (timeout or network error)"
            }
            Self::WebimDownloadfileNoLogin => "the download request carries no token (1.x to 3.x)",
            Self::WebimDownloadfileBrowserError => {
                "the browser cannot download files (defined, never raised)"
            }
            Self::ParseFileError => "reading or parsing a file failed",
            Self::UserNotFound => "the user does not exist",
            Self::MessageParameterError => "a message parameter is missing or wrong",
            Self::WebimConnctionUserLoginAnotherDevice => "the user logged in on another device",
            Self::WebimConnctionUserRemoved => "the user account was removed",
            Self::WebimUserAlreadyLogin => "the user is already logged in",
            Self::UserLoginTooManyDevices => "the user is logged in on more devices than allowed",
            Self::WebimConnctionUserKickedByChangePassword => {
                "the password changed, so this session was ended"
            }
            Self::WebimConnctionUserKickedByOtherDevice => {
                "another device or the console kicked the user offline"
            }
            Self::UserMutedByAdmin => "the user is muted app-wide",
            Self::UserDeviceChanged => "the user's device changed and the connection was ended",
            Self::UserNotFriend => "messages between non-contacts are not allowed",
            Self::WebimDownloadfileErrorNoPermission => "the user may not download the file",
            Self::WebimDownloadfileErrorExpired => "the file has expired and cannot be downloaded",
            Self::WebimMessageRecText => {
                "a message-kind label for receiving text messages, not an error"
            }
            Self::WebimMessageRecTextError => {
                "receiving a text message failed (defined, never raised)"
            }
            Self::WebimMessageRecEmotion => {
                "a message-kind label for receiving emoticon messages, not an error"
            }
            Self::WebimMessageRecPhoto => {
                "a message-kind label for receiving picture messages, not an error"
            }
            Self::ServerGetDnslistFailed => {
                "getting the server address list (DNS configuration) failed"
            }
            Self::WebimMessageRecAudioFile => {
                "a message-kind label for receiving audio file messages, not an error"
            }
            Self::WebimMessageRecVedio => {
                "a message-kind label for receiving video messages, not an error"
            }
            Self::WebimMessageRecVedioFile => {
                "a message-kind label for receiving video file messages, not an error"
            }
            Self::WebimMessageRecFile => {
                "a message-kind label for receiving file messages, not an error"
            }
            Self::WebimMessageSedText => {
                "a message-kind label for sending text messages, not an error"
            }
            Self::WebimMessageSedEmotion => {
                "a message-kind label for sending emoticon messages, not an error"
            }
            Self::WebimMessageSedPhoto => {
                "a message-kind label for sending picture messages, not an error"
            }
            Self::WebimMessageSedAudio => {
                "a message-kind label for sending audio messages, not an error"
            }
            Self::WebimMessageSedAudioFile => {
                "a message-kind label for sending audio file messages, not an error"
            }
            Self::WebimMessageSedVedio => {
                "a message-kind label for sending video messages, not an error"
            }
            Self::WebimMessageSedVedioFile => {
                "a message-kind label for sending video file messages, not an error"
            }
            Self::WebimMessageSedFile => {
                "a message-kind label for sending file messages, not an error"
            }
            Self::WebimMessageSedError => "sending a message failed (1.x)",
            Self::FileInvalid => "the voice file is invalid",
            Self::FileDurationTooLong => "the voice is longer than allowed",
            Self::FileVoiceToTextFailed => "voice-to-text failed",
            Self::FileNotFound => "the voice file was not found",
            Self::FileTooLarge => "the voice file is too large",
            Self::ServerBusy => "the server is busy",
            Self::MessageIncludeIllegalContent => "the message contains prohibited content",
            Self::MessageExternalLogicBlocked => "the message was blocked by the anti-spam service",
            Self::ServerUnknownError => "the server returned an error the SDK does not know",
            Self::MessageRecallTimeLimit => "the time limit for recalling the message has passed",
            Self::ServiceNotEnabled => "the feature is not enabled",
            Self::ServiceNotAllowMessaging => {
                "everyone is muted and the user is not on the allow list"
            }
            Self::ServiceNotAllowMessagingMute => "the user is muted in the group or chat room",
            Self::MessageModerationBlocked => "third-party moderation rejected the message",
            Self::MessageCurrentLimiting => "the user is sending messages faster than allowed",
            Self::MessageWebsocketDisconnected => "sending failed because the connection dropped",
            Self::MessageSizeLimit => "the message body is over the size limit",
            Self::MessageSendTimeout => "sending the message timed out",
            Self::MessageStreamIntervalTimeout => {
                "a streamed message waited too long between two parts"
            }
            Self::MessageStreamTimeout => "a streamed message timed out",
            Self::GroupAlreadyJoined => "the user is already in the group",
            Self::GroupNotJoined => "the user is not a member of the group",
            Self::PermissionDenied => {
                "the user lacks permission, for example because of a block list"
            }
            Self::WebimLoadMsgError => "a message callback failed internally (no case given)",
            Self::GroupNotExist => "the group does not exist",
            Self::GroupMembersFull => "the group is full",
            Self::GroupMembersLimit => "the member limit exceeds what the plan allows",
            Self::GroupIsDisabled => "the group is disabled",
            Self::GroupMemberAttributesSetFailed => "setting the group member attributes failed",
            Self::RestParamsStatus => "the user token or app key is missing or wrong",
            Self::ChatroomNotJoined => "the user is not in the chat room",
            Self::ChatroomMembersFull => "the chat room is full",
            Self::ChatroomNotExist => "the chat room does not exist",
            Self::LocalDbOperationFailed => "a local database operation failed",
            Self::SdkRuntimeError => "sending over the WebSocket failed",
            Self::PresenceParamExceed => "the custom presence value is too long",
            Self::ReactionAlreadyAdded => "the reaction was already added",
            Self::ReactionCreating => "someone else is creating the same reaction",
            Self::ReactionOperationIsIllegal => "the user may not change this reaction",
            Self::TranslationNotValid => "the language code is invalid",
            Self::TranslationTextTooLong => "the text to translate is too long",
            Self::TranslationFailed => "the translation service failed",
            Self::ThreadNotExist => "the thread does not exist",
            Self::ThreadAlreadyExist => "a thread already exists for this message",
            Self::ModifyMessageNotExist => "the message to modify does not exist",
            Self::ModifyMessageFormatError => "the modified message has the wrong format",
            Self::ModifyMessageFailed => "modifying the message failed",
            Self::ConversationNotExist => "the conversation does not exist",
            Self::Unknown(_) => "an SDK code the documents do not list",
        }
    }

    #[inline]
    pub const fn name(&self) -> &'static str {
        match self {
            Self::RequestSuccess => "REQUEST_SUCCESS",
            Self::RequestTimeout => "REQUEST_TIMEOUT",
            Self::RequestUnknown => "REQUEST_UNKNOWN",
            Self::RequestParameterError => "REQUEST_PARAMETER_ERROR",
            Self::RequestAbort => "REQUEST_ABORT",
            Self::WebimConnctionOpenError => "WEBIM_CONNCTION_OPEN_ERROR",
            Self::WebimConnctionAuthError => "WEBIM_CONNCTION_AUTH_ERROR",
            Self::WebimConnctionOpenUsergridError => "WEBIM_CONNCTION_OPEN_USERGRID_ERROR",
            Self::WebimConnctionAttachError => "WEBIM_CONNCTION_ATTACH_ERROR",
            Self::WebimConnctionAttachUsergridError => "WEBIM_CONNCTION_ATTACH_USERGRID_ERROR",
            Self::WebimConnctionReopenError => "WEBIM_CONNCTION_REOPEN_ERROR",
            Self::WebimConnctionServerCloseError => "WEBIM_CONNCTION_SERVER_CLOSE_ERROR",
            Self::WebimConnctionServerError => "WEBIM_CONNCTION_SERVER_ERROR",
            Self::WebimConnctionIqError => "WEBIM_CONNCTION_IQ_ERROR",
            Self::WebimConnctionPingError => "WEBIM_CONNCTION_PING_ERROR",
            Self::WebimConnctionNotifyversionError => "WEBIM_CONNCTION_NOTIFYVERSION_ERROR",
            Self::WebimConnctionGetrosterError => "WEBIM_CONNCTION_GETROSTER_ERROR",
            Self::WebimConnctionCrossdomainError => "WEBIM_CONNCTION_CROSSDOMAIN_ERROR",
            Self::WebimConnctionListeningOutofMaxretries => {
                "WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES"
            }
            Self::WebimConnctionReceivemsgContenterror => "WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR",
            Self::WebimConnctionDisconnected => "WEBIM_CONNCTION_DISCONNECTED",
            Self::WebimConnctionAjaxError => "WEBIM_CONNCTION_AJAX_ERROR",
            Self::WebimConnctionJoinroomError => "WEBIM_CONNCTION_JOINROOM_ERROR",
            Self::WebimConnctionGetroomError => "WEBIM_CONNCTION_GETROOM_ERROR",
            Self::WebimConnctionGetroominfoError => "WEBIM_CONNCTION_GETROOMINFO_ERROR",
            Self::WebimConnctionGetroommemberError => "WEBIM_CONNCTION_GETROOMMEMBER_ERROR",
            Self::WebimConnctionGetroomoccupantsError => "WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR",
            Self::WebimConnctionLoadChatroomError => "WEBIM_CONNCTION_LOAD_CHATROOM_ERROR",
            Self::WebimConnctionNotSupportChatroomError => {
                "WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR"
            }
            Self::WebimConnctionJoinchatroomError => "WEBIM_CONNCTION_JOINCHATROOM_ERROR",
            Self::WebimConnctionQuitchatroomError => "WEBIM_CONNCTION_QUITCHATROOM_ERROR",
            Self::WebimConnctionAppkeyNotAssignError => "WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR",
            Self::WebimConnctionTokenNotAssignError => "WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR",
            Self::WebimConnctionSessionidNotAssignError => {
                "WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR"
            }
            Self::WebimConnctionRidNotAssignError => "WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR",
            Self::WebimConnctionCallbackInnerError => "WEBIM_CONNCTION_CALLBACK_INNER_ERROR",
            Self::WebimConnctionClientOffline => "WEBIM_CONNCTION_CLIENT_OFFLINE",
            Self::WebimConnctionClientLogout => "WEBIM_CONNCTION_CLIENT_LOGOUT",
            Self::WebimConnctionClientTooMuchError => "WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR",
            Self::WebimConnectionAcceptInvitationFromGroup => {
                "WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP"
            }
            Self::WebimConnectionDeclineInvitationFromGroup => {
                "WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP"
            }
            Self::WebimConnectionAcceptJoinGroup => "WEBIM_CONNECTION_ACCEPT_JOIN_GROUP",
            Self::WebimConnectionDeclineJoinGroup => "WEBIM_CONNECTION_DECLINE_JOIN_GROUP",
            Self::WebimConnectionClosed => "WEBIM_CONNECTION_CLOSED",
            Self::WebimConnectionError => "WEBIM_CONNECTION_ERROR",
            Self::MaxLimit => "MAX_LIMIT",
            Self::MessageNotFound => "MESSAGE_NOT_FOUND",
            Self::NoPermission => "NO_PERMISSION",
            Self::OperationUnsupported => "OPERATION_UNSUPPORTED",
            Self::OperationNotAllowed => "OPERATION_NOT_ALLOWED",
            Self::NotExist => "NOT_EXIST",
            Self::WebimTokenExpired => "WEBIM_TOKEN_EXPIRED",
            Self::WebimServerServingDisabled => "WEBIM_SERVER_SERVING_DISABLED",
            Self::WebimUploadfileBrowserError => "WEBIM_UPLOADFILE_BROWSER_ERROR",
            Self::WebimUploadfileError => "WEBIM_UPLOADFILE_ERROR",
            Self::WebimUploadfileNoLogin => "WEBIM_UPLOADFILE_NO_LOGIN",
            Self::WebimUploadfileNoFile => "WEBIM_UPLOADFILE_NO_FILE",
            Self::WebimDownloadfileError => "WEBIM_DOWNLOADFILE_ERROR",
            Self::WebimDownloadfileNoLogin => "WEBIM_DOWNLOADFILE_NO_LOGIN",
            Self::WebimDownloadfileBrowserError => "WEBIM_DOWNLOADFILE_BROWSER_ERROR",
            Self::ParseFileError => "PARSE_FILE_ERROR",
            Self::UserNotFound => "USER_NOT_FOUND",
            Self::MessageParameterError => "MESSAGE_PARAMETER_ERROR",
            Self::WebimConnctionUserLoginAnotherDevice => {
                "WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE"
            }
            Self::WebimConnctionUserRemoved => "WEBIM_CONNCTION_USER_REMOVED",
            Self::WebimUserAlreadyLogin => "WEBIM_USER_ALREADY_LOGIN",
            Self::UserLoginTooManyDevices => "USER_LOGIN_TOO_MANY_DEVICES",
            Self::WebimConnctionUserKickedByChangePassword => {
                "WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD"
            }
            Self::WebimConnctionUserKickedByOtherDevice => {
                "WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE"
            }
            Self::UserMutedByAdmin => "USER_MUTED_BY_ADMIN",
            Self::UserDeviceChanged => "USER_DEVICE_CHANGED",
            Self::UserNotFriend => "USER_NOT_FRIEND",
            Self::WebimDownloadfileErrorNoPermission => "WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION",
            Self::WebimDownloadfileErrorExpired => "WEBIM_DOWNLOADFILE_ERROR_EXPIRED",
            Self::WebimMessageRecText => "WEBIM_MESSAGE_REC_TEXT",
            Self::WebimMessageRecTextError => "WEBIM_MESSAGE_REC_TEXT_ERROR",
            Self::WebimMessageRecEmotion => "WEBIM_MESSAGE_REC_EMOTION",
            Self::WebimMessageRecPhoto => "WEBIM_MESSAGE_REC_PHOTO",
            Self::ServerGetDnslistFailed => "SERVER_GET_DNSLIST_FAILED",
            Self::WebimMessageRecAudioFile => "WEBIM_MESSAGE_REC_AUDIO_FILE",
            Self::WebimMessageRecVedio => "WEBIM_MESSAGE_REC_VEDIO",
            Self::WebimMessageRecVedioFile => "WEBIM_MESSAGE_REC_VEDIO_FILE",
            Self::WebimMessageRecFile => "WEBIM_MESSAGE_REC_FILE",
            Self::WebimMessageSedText => "WEBIM_MESSAGE_SED_TEXT",
            Self::WebimMessageSedEmotion => "WEBIM_MESSAGE_SED_EMOTION",
            Self::WebimMessageSedPhoto => "WEBIM_MESSAGE_SED_PHOTO",
            Self::WebimMessageSedAudio => "WEBIM_MESSAGE_SED_AUDIO",
            Self::WebimMessageSedAudioFile => "WEBIM_MESSAGE_SED_AUDIO_FILE",
            Self::WebimMessageSedVedio => "WEBIM_MESSAGE_SED_VEDIO",
            Self::WebimMessageSedVedioFile => "WEBIM_MESSAGE_SED_VEDIO_FILE",
            Self::WebimMessageSedFile => "WEBIM_MESSAGE_SED_FILE",
            Self::WebimMessageSedError => "WEBIM_MESSAGE_SED_ERROR",
            Self::FileInvalid => "FILE_INVALID",
            Self::FileDurationTooLong => "FILE_DURATION_TOO_LONG",
            Self::FileVoiceToTextFailed => "FILE_VOICE_TO_TEXT_FAILED",
            Self::FileNotFound => "FILE_NOT_FOUND",
            Self::FileTooLarge => "FILE_TOO_LARGE",
            Self::ServerBusy => "SERVER_BUSY",
            Self::MessageIncludeIllegalContent => "MESSAGE_INCLUDE_ILLEGAL_CONTENT",
            Self::MessageExternalLogicBlocked => "MESSAGE_EXTERNAL_LOGIC_BLOCKED",
            Self::ServerUnknownError => "SERVER_UNKNOWN_ERROR",
            Self::MessageRecallTimeLimit => "MESSAGE_RECALL_TIME_LIMIT",
            Self::ServiceNotEnabled => "SERVICE_NOT_ENABLED",
            Self::ServiceNotAllowMessaging => "SERVICE_NOT_ALLOW_MESSAGING",
            Self::ServiceNotAllowMessagingMute => "SERVICE_NOT_ALLOW_MESSAGING_MUTE",
            Self::MessageModerationBlocked => "MESSAGE_MODERATION_BLOCKED",
            Self::MessageCurrentLimiting => "MESSAGE_CURRENT_LIMITING",
            Self::MessageWebsocketDisconnected => "MESSAGE_WEBSOCKET_DISCONNECTED",
            Self::MessageSizeLimit => "MESSAGE_SIZE_LIMIT",
            Self::MessageSendTimeout => "MESSAGE_SEND_TIMEOUT",
            Self::MessageStreamIntervalTimeout => "MESSAGE_STREAM_INTERVAL_TIMEOUT",
            Self::MessageStreamTimeout => "MESSAGE_STREAM_TIMEOUT",
            Self::GroupAlreadyJoined => "GROUP_ALREADY_JOINED",
            Self::GroupNotJoined => "GROUP_NOT_JOINED",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::WebimLoadMsgError => "WEBIM_LOAD_MSG_ERROR",
            Self::GroupNotExist => "GROUP_NOT_EXIST",
            Self::GroupMembersFull => "GROUP_MEMBERS_FULL",
            Self::GroupMembersLimit => "GROUP_MEMBERS_LIMIT",
            Self::GroupIsDisabled => "GROUP_IS_DISABLED",
            Self::GroupMemberAttributesSetFailed => "GROUP_MEMBER_ATTRIBUTES_SET_FAILED",
            Self::RestParamsStatus => "REST_PARAMS_STATUS",
            Self::ChatroomNotJoined => "CHATROOM_NOT_JOINED",
            Self::ChatroomMembersFull => "CHATROOM_MEMBERS_FULL",
            Self::ChatroomNotExist => "CHATROOM_NOT_EXIST",
            Self::LocalDbOperationFailed => "LOCAL_DB_OPERATION_FAILED",
            Self::SdkRuntimeError => "SDK_RUNTIME_ERROR",
            Self::PresenceParamExceed => "PRESENCE_PARAM_EXCEED",
            Self::ReactionAlreadyAdded => "REACTION_ALREADY_ADDED",
            Self::ReactionCreating => "REACTION_CREATING",
            Self::ReactionOperationIsIllegal => "REACTION_OPERATION_IS_ILLEGAL",
            Self::TranslationNotValid => "TRANSLATION_NOT_VALID",
            Self::TranslationTextTooLong => "TRANSLATION_TEXT_TOO_LONG",
            Self::TranslationFailed => "TRANSLATION_FAILED",
            Self::ThreadNotExist => "THREAD_NOT_EXIST",
            Self::ThreadAlreadyExist => "THREAD_ALREADY_EXIST",
            Self::ModifyMessageNotExist => "MODIFY_MESSAGE_NOT_EXIST",
            Self::ModifyMessageFormatError => "MODIFY_MESSAGE_FORMAT_ERROR",
            Self::ModifyMessageFailed => "MODIFY_MESSAGE_FAILED",
            Self::ConversationNotExist => "CONVERSATION_NOT_EXIST",
            Self::Unknown(_) => "UNKNOWN",
        }
    }

    #[inline]
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "REQUEST_SUCCESS" => Some(Self::RequestSuccess),
            "REQUEST_TIMEOUT" => Some(Self::RequestTimeout),
            "REQUEST_UNKNOWN" => Some(Self::RequestUnknown),
            "REQUEST_PARAMETER_ERROR" => Some(Self::RequestParameterError),
            "REQUEST_ABORT" => Some(Self::RequestAbort),
            "WEBIM_CONNCTION_OPEN_ERROR" => Some(Self::WebimConnctionOpenError),
            "WEBIM_CONNCTION_AUTH_ERROR" => Some(Self::WebimConnctionAuthError),
            "WEBIM_CONNCTION_OPEN_USERGRID_ERROR" => Some(Self::WebimConnctionOpenUsergridError),
            "WEBIM_CONNCTION_ATTACH_ERROR" => Some(Self::WebimConnctionAttachError),
            "WEBIM_CONNCTION_ATTACH_USERGRID_ERROR" => {
                Some(Self::WebimConnctionAttachUsergridError)
            }
            "WEBIM_CONNCTION_REOPEN_ERROR" => Some(Self::WebimConnctionReopenError),
            "WEBIM_CONNCTION_SERVER_CLOSE_ERROR" => Some(Self::WebimConnctionServerCloseError),
            "WEBIM_CONNCTION_SERVER_ERROR" => Some(Self::WebimConnctionServerError),
            "WEBIM_CONNCTION_IQ_ERROR" => Some(Self::WebimConnctionIqError),
            "WEBIM_CONNCTION_PING_ERROR" => Some(Self::WebimConnctionPingError),
            "WEBIM_CONNCTION_NOTIFYVERSION_ERROR" => Some(Self::WebimConnctionNotifyversionError),
            "WEBIM_CONNCTION_GETROSTER_ERROR" => Some(Self::WebimConnctionGetrosterError),
            "WEBIM_CONNCTION_CROSSDOMAIN_ERROR" => Some(Self::WebimConnctionCrossdomainError),
            "WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES" => {
                Some(Self::WebimConnctionListeningOutofMaxretries)
            }
            "WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR" => {
                Some(Self::WebimConnctionReceivemsgContenterror)
            }
            "WEBIM_CONNCTION_DISCONNECTED" => Some(Self::WebimConnctionDisconnected),
            "WEBIM_CONNCTION_AJAX_ERROR" => Some(Self::WebimConnctionAjaxError),
            "WEBIM_CONNCTION_JOINROOM_ERROR" => Some(Self::WebimConnctionJoinroomError),
            "WEBIM_CONNCTION_GETROOM_ERROR" => Some(Self::WebimConnctionGetroomError),
            "WEBIM_CONNCTION_GETROOMINFO_ERROR" => Some(Self::WebimConnctionGetroominfoError),
            "WEBIM_CONNCTION_GETROOMMEMBER_ERROR" => Some(Self::WebimConnctionGetroommemberError),
            "WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR" => {
                Some(Self::WebimConnctionGetroomoccupantsError)
            }
            "WEBIM_CONNCTION_LOAD_CHATROOM_ERROR" => Some(Self::WebimConnctionLoadChatroomError),
            "WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR" => {
                Some(Self::WebimConnctionNotSupportChatroomError)
            }
            "WEBIM_CONNCTION_JOINCHATROOM_ERROR" => Some(Self::WebimConnctionJoinchatroomError),
            "WEBIM_CONNCTION_QUITCHATROOM_ERROR" => Some(Self::WebimConnctionQuitchatroomError),
            "WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR" => {
                Some(Self::WebimConnctionAppkeyNotAssignError)
            }
            "WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR" => {
                Some(Self::WebimConnctionTokenNotAssignError)
            }
            "WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR" => {
                Some(Self::WebimConnctionSessionidNotAssignError)
            }
            "WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR" => Some(Self::WebimConnctionRidNotAssignError),
            "WEBIM_CONNCTION_CALLBACK_INNER_ERROR" => Some(Self::WebimConnctionCallbackInnerError),
            "WEBIM_CONNCTION_CLIENT_OFFLINE" => Some(Self::WebimConnctionClientOffline),
            "WEBIM_CONNCTION_CLIENT_LOGOUT" => Some(Self::WebimConnctionClientLogout),
            "WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR" => Some(Self::WebimConnctionClientTooMuchError),
            "WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP" => {
                Some(Self::WebimConnectionAcceptInvitationFromGroup)
            }
            "WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP" => {
                Some(Self::WebimConnectionDeclineInvitationFromGroup)
            }
            "WEBIM_CONNECTION_ACCEPT_JOIN_GROUP" => Some(Self::WebimConnectionAcceptJoinGroup),
            "WEBIM_CONNECTION_DECLINE_JOIN_GROUP" => Some(Self::WebimConnectionDeclineJoinGroup),
            "WEBIM_CONNECTION_CLOSED" => Some(Self::WebimConnectionClosed),
            "WEBIM_CONNECTION_ERROR" => Some(Self::WebimConnectionError),
            "MAX_LIMIT" => Some(Self::MaxLimit),
            "MESSAGE_NOT_FOUND" => Some(Self::MessageNotFound),
            "NO_PERMISSION" => Some(Self::NoPermission),
            "OPERATION_UNSUPPORTED" => Some(Self::OperationUnsupported),
            "OPERATION_NOT_ALLOWED" => Some(Self::OperationNotAllowed),
            "NOT_EXIST" => Some(Self::NotExist),
            "WEBIM_TOKEN_EXPIRED" => Some(Self::WebimTokenExpired),
            "WEBIM_SERVER_SERVING_DISABLED" => Some(Self::WebimServerServingDisabled),
            "WEBIM_UPLOADFILE_BROWSER_ERROR" => Some(Self::WebimUploadfileBrowserError),
            "WEBIM_UPLOADFILE_ERROR" => Some(Self::WebimUploadfileError),
            "WEBIM_UPLOADFILE_NO_LOGIN" => Some(Self::WebimUploadfileNoLogin),
            "WEBIM_UPLOADFILE_NO_FILE" => Some(Self::WebimUploadfileNoFile),
            "WEBIM_DOWNLOADFILE_ERROR" => Some(Self::WebimDownloadfileError),
            "WEBIM_DOWNLOADFILE_NO_LOGIN" => Some(Self::WebimDownloadfileNoLogin),
            "WEBIM_DOWNLOADFILE_BROWSER_ERROR" => Some(Self::WebimDownloadfileBrowserError),
            "PARSE_FILE_ERROR" => Some(Self::ParseFileError),
            "USER_NOT_FOUND" => Some(Self::UserNotFound),
            "MESSAGE_PARAMETER_ERROR" => Some(Self::MessageParameterError),
            "WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE" => {
                Some(Self::WebimConnctionUserLoginAnotherDevice)
            }
            "WEBIM_CONNCTION_USER_REMOVED" => Some(Self::WebimConnctionUserRemoved),
            "WEBIM_USER_ALREADY_LOGIN" => Some(Self::WebimUserAlreadyLogin),
            "USER_LOGIN_TOO_MANY_DEVICES" => Some(Self::UserLoginTooManyDevices),
            "WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD" => {
                Some(Self::WebimConnctionUserKickedByChangePassword)
            }
            "WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE" => {
                Some(Self::WebimConnctionUserKickedByOtherDevice)
            }
            "USER_MUTED_BY_ADMIN" => Some(Self::UserMutedByAdmin),
            "USER_DEVICE_CHANGED" => Some(Self::UserDeviceChanged),
            "USER_NOT_FRIEND" => Some(Self::UserNotFriend),
            "WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION" => {
                Some(Self::WebimDownloadfileErrorNoPermission)
            }
            "WEBIM_DOWNLOADFILE_ERROR_EXPIRED" => Some(Self::WebimDownloadfileErrorExpired),
            "WEBIM_MESSAGE_REC_TEXT" => Some(Self::WebimMessageRecText),
            "WEBIM_MESSAGE_REC_TEXT_ERROR" => Some(Self::WebimMessageRecTextError),
            "WEBIM_MESSAGE_REC_EMOTION" => Some(Self::WebimMessageRecEmotion),
            "WEBIM_MESSAGE_REC_PHOTO" => Some(Self::WebimMessageRecPhoto),
            "SERVER_GET_DNSLIST_FAILED" => Some(Self::ServerGetDnslistFailed),
            "WEBIM_MESSAGE_REC_AUDIO_FILE" => Some(Self::WebimMessageRecAudioFile),
            "WEBIM_MESSAGE_REC_VEDIO" => Some(Self::WebimMessageRecVedio),
            "WEBIM_MESSAGE_REC_VEDIO_FILE" => Some(Self::WebimMessageRecVedioFile),
            "WEBIM_MESSAGE_REC_FILE" => Some(Self::WebimMessageRecFile),
            "WEBIM_MESSAGE_SED_TEXT" => Some(Self::WebimMessageSedText),
            "WEBIM_MESSAGE_SED_EMOTION" => Some(Self::WebimMessageSedEmotion),
            "WEBIM_MESSAGE_SED_PHOTO" => Some(Self::WebimMessageSedPhoto),
            "WEBIM_MESSAGE_SED_AUDIO" => Some(Self::WebimMessageSedAudio),
            "WEBIM_MESSAGE_SED_AUDIO_FILE" => Some(Self::WebimMessageSedAudioFile),
            "WEBIM_MESSAGE_SED_VEDIO" => Some(Self::WebimMessageSedVedio),
            "WEBIM_MESSAGE_SED_VEDIO_FILE" => Some(Self::WebimMessageSedVedioFile),
            "WEBIM_MESSAGE_SED_FILE" => Some(Self::WebimMessageSedFile),
            "WEBIM_MESSAGE_SED_ERROR" => Some(Self::WebimMessageSedError),
            "FILE_INVALID" => Some(Self::FileInvalid),
            "FILE_DURATION_TOO_LONG" => Some(Self::FileDurationTooLong),
            "FILE_VOICE_TO_TEXT_FAILED" => Some(Self::FileVoiceToTextFailed),
            "FILE_NOT_FOUND" => Some(Self::FileNotFound),
            "FILE_TOO_LARGE" => Some(Self::FileTooLarge),
            "SERVER_BUSY" => Some(Self::ServerBusy),
            "MESSAGE_INCLUDE_ILLEGAL_CONTENT" => Some(Self::MessageIncludeIllegalContent),
            "MESSAGE_EXTERNAL_LOGIC_BLOCKED" => Some(Self::MessageExternalLogicBlocked),
            "SERVER_UNKNOWN_ERROR" => Some(Self::ServerUnknownError),
            "MESSAGE_RECALL_TIME_LIMIT" => Some(Self::MessageRecallTimeLimit),
            "SERVICE_NOT_ENABLED" => Some(Self::ServiceNotEnabled),
            "SERVICE_NOT_ALLOW_MESSAGING" => Some(Self::ServiceNotAllowMessaging),
            "SERVICE_NOT_ALLOW_MESSAGING_MUTE" => Some(Self::ServiceNotAllowMessagingMute),
            "MESSAGE_MODERATION_BLOCKED" => Some(Self::MessageModerationBlocked),
            "MESSAGE_CURRENT_LIMITING" => Some(Self::MessageCurrentLimiting),
            "MESSAGE_WEBSOCKET_DISCONNECTED" => Some(Self::MessageWebsocketDisconnected),
            "MESSAGE_SIZE_LIMIT" => Some(Self::MessageSizeLimit),
            "MESSAGE_SEND_TIMEOUT" => Some(Self::MessageSendTimeout),
            "MESSAGE_STREAM_INTERVAL_TIMEOUT" => Some(Self::MessageStreamIntervalTimeout),
            "MESSAGE_STREAM_TIMEOUT" => Some(Self::MessageStreamTimeout),
            "GROUP_ALREADY_JOINED" => Some(Self::GroupAlreadyJoined),
            "GROUP_NOT_JOINED" => Some(Self::GroupNotJoined),
            "PERMISSION_DENIED" => Some(Self::PermissionDenied),
            "WEBIM_LOAD_MSG_ERROR" => Some(Self::WebimLoadMsgError),
            "GROUP_NOT_EXIST" => Some(Self::GroupNotExist),
            "GROUP_MEMBERS_FULL" => Some(Self::GroupMembersFull),
            "GROUP_MEMBERS_LIMIT" => Some(Self::GroupMembersLimit),
            "GROUP_IS_DISABLED" => Some(Self::GroupIsDisabled),
            "GROUP_MEMBER_ATTRIBUTES_SET_FAILED" => Some(Self::GroupMemberAttributesSetFailed),
            "REST_PARAMS_STATUS" => Some(Self::RestParamsStatus),
            "CHATROOM_NOT_JOINED" => Some(Self::ChatroomNotJoined),
            "CHATROOM_MEMBERS_FULL" => Some(Self::ChatroomMembersFull),
            "CHATROOM_NOT_EXIST" => Some(Self::ChatroomNotExist),
            "LOCAL_DB_OPERATION_FAILED" => Some(Self::LocalDbOperationFailed),
            "SDK_RUNTIME_ERROR" => Some(Self::SdkRuntimeError),
            "PRESENCE_PARAM_EXCEED" => Some(Self::PresenceParamExceed),
            "REACTION_ALREADY_ADDED" => Some(Self::ReactionAlreadyAdded),
            "REACTION_CREATING" => Some(Self::ReactionCreating),
            "REACTION_OPERATION_IS_ILLEGAL" => Some(Self::ReactionOperationIsIllegal),
            "TRANSLATION_NOT_VALID" => Some(Self::TranslationNotValid),
            "TRANSLATION_TEXT_TOO_LONG" => Some(Self::TranslationTextTooLong),
            "TRANSLATION_FAILED" => Some(Self::TranslationFailed),
            "THREAD_NOT_EXIST" => Some(Self::ThreadNotExist),
            "THREAD_ALREADY_EXIST" => Some(Self::ThreadAlreadyExist),
            "MODIFY_MESSAGE_NOT_EXIST" => Some(Self::ModifyMessageNotExist),
            "MODIFY_MESSAGE_FORMAT_ERROR" => Some(Self::ModifyMessageFormatError),
            "MODIFY_MESSAGE_FAILED" => Some(Self::ModifyMessageFailed),
            "CONVERSATION_NOT_EXIST" => Some(Self::ConversationNotExist),
            _ => None,
        }
    }
}

impl From<i32> for Sdk {
    #[inline]
    fn from(code: i32) -> Self {
        Self::from_code(code)
    }
}

impl FromStr for Sdk {
    type Err = ParseError;

    #[inline]
    fn from_str(name: &str) -> Result<Self, ParseError> {
        Self::from_name(name).ok_or(ParseError)
    }
}

impl fmt::Display for Sdk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {})", self.message_en(), self.code(), self.name())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    Conflict,
    RequestEntityTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    InternalServerError,
    NotImplemented,
    BadGateway,
    ServiceUnavailable,
    GatewayTimeout,
    Other(u16),
}

impl Status {
    #[inline]
    pub const fn from_code(code: u16) -> Self {
        match code {
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            405 => Self::MethodNotAllowed,
            408 => Self::RequestTimeout,
            409 => Self::Conflict,
            413 => Self::RequestEntityTooLarge,
            415 => Self::UnsupportedMediaType,
            429 => Self::TooManyRequests,
            500 => Self::InternalServerError,
            501 => Self::NotImplemented,
            502 => Self::BadGateway,
            503 => Self::ServiceUnavailable,
            504 => Self::GatewayTimeout,
            other => Self::Other(other),
        }
    }

    #[inline]
    pub const fn code(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::RequestTimeout => 408,
            Self::Conflict => 409,
            Self::RequestEntityTooLarge => 413,
            Self::UnsupportedMediaType => 415,
            Self::TooManyRequests => 429,
            Self::InternalServerError => 500,
            Self::NotImplemented => 501,
            Self::BadGateway => 502,
            Self::ServiceUnavailable => 503,
            Self::GatewayTimeout => 504,
            Self::Other(code) => *code,
        }
    }

    #[inline]
    pub const fn message_en(&self) -> &'static str {
        match self {
            Self::BadRequest => "the request is malformed or invalid",
            Self::Unauthorized => "authentication failed: the token is missing, expired or invalid",
            Self::Forbidden => "the server refuses the operation",
            Self::NotFound => "the endpoint or resource does not exist",
            Self::MethodNotAllowed => "the endpoint does not accept this HTTP method",
            Self::RequestTimeout => "the server timed out waiting for the request",
            Self::Conflict => "concurrent operations conflicted, such as two edits of one message",
            Self::RequestEntityTooLarge => {
                "the uploaded file or request body is over the size limit"
            }
            Self::UnsupportedMediaType => "the request body's media type is not supported",
            Self::TooManyRequests => "the call rate or the plan's limits were exceeded",
            Self::InternalServerError => "the server failed with an internal error",
            Self::NotImplemented => "the server does not support the requested function",
            Self::BadGateway => "a gateway received an invalid response from upstream",
            Self::ServiceUnavailable => "the service is unavailable for now",
            Self::GatewayTimeout => "a gateway timed out waiting for upstream",
            Self::Other(_) => "an HTTP status the documents do not list",
        }
    }

    #[inline]
    pub const fn reason(&self) -> Option<&'static str> {
        match self {
            Self::BadRequest => Some("Bad Request"),
            Self::Unauthorized => Some("Unauthorized"),
            Self::Forbidden => Some("Forbidden"),
            Self::NotFound => Some("Not Found"),
            Self::MethodNotAllowed => Some("Method Not Allowed"),
            Self::RequestTimeout => Some("Request Timeout"),
            Self::Conflict => Some("Conflict"),
            Self::RequestEntityTooLarge => Some("Request Entity Too Large"),
            Self::UnsupportedMediaType => Some("Unsupported Media Type"),
            Self::TooManyRequests => Some("Too Many Requests"),
            Self::InternalServerError => Some("Internal Server Error"),
            Self::NotImplemented => Some("Not Implemented"),
            Self::BadGateway => Some("Bad Gateway"),
            Self::ServiceUnavailable => Some("Service Unavailable"),
            Self::GatewayTimeout => Some("Gateway Timeout"),
            Self::Other(_) => None,
        }
    }
}

impl From<u16> for Status {
    #[inline]
    fn from(code: u16) -> Self {
        Self::from_code(code)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            Some(reason) => write!(f, "{} {}", self.code(), reason),
            None => write!(f, "{}", self.code()),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ErrorTy {
    InvalidGrant,
    OrganizationApplicationNotFound,
    IllegalArgument,
    JsonParse,
    DuplicateUniquePropertyExists,
    Unauthorized,
    AuthBadAccessToken,
    ServiceResourceNotFound,
    RequestEntityTooLarge,
    ReachLimit,
    ResourceLimited,
    NoFullTextIndex,
    UnsupportedServiceOperation,
    WebApplication,
    InvalidParameter,
    RequiredPropertyNotFound,
    ForbiddenOp,
    StorageObjectNotFound,
    GroupError,
    ServiceOpenException,
    MessageRewriteError,
    BadRequest,
    Forbidden,
    BadRequestUpperCase,
    EntityNotFoundException,
    InternalServerError,
    IllegalArgumentException,
    InvalidMessageIdException,
    MessageUnavailableException,
    MetadataException,
    RequiredPropertyNotFoundException,
    RestGroupFeignException,
    RewriteMessageInternalErrorException,
    ConcurrentOperationError,
    EntityNotFound,
    ExceedLimit,
    FileExceedingMaximumLimit,
    FileExpired,
    GroupAnnounceViolation,
    GroupNameViolation,
    InvalidRequestBody,
    Management,
    MessageRecallError,
    MessageSendError,
    MetadataError,
    ParamException,
    ParamIllegal,
    ResourceNotFound,
    InternalServerErrorZh,
    RequestPathNotFoundZh,
    ApplicationAlreadyExists,
    GroupAuthorization,
    ServiceNotOpenException,
    LimitException,
    MessageException,
    ResourceNotFoundException,
    InternalServerErrorPhrase,
    Other(Box<str>),
}

impl ErrorTy {
    #[inline]
    pub fn known(name: &str) -> Option<Self> {
        match name {
            "invalid_grant" => Some(Self::InvalidGrant),
            "organization_application_not_found" => Some(Self::OrganizationApplicationNotFound),
            "illegal_argument" => Some(Self::IllegalArgument),
            "json_parse" => Some(Self::JsonParse),
            "duplicate_unique_property_exists" => Some(Self::DuplicateUniquePropertyExists),
            "unauthorized" => Some(Self::Unauthorized),
            "auth_bad_access_token" => Some(Self::AuthBadAccessToken),
            "service_resource_not_found" => Some(Self::ServiceResourceNotFound),
            "Request Entity Too Large" => Some(Self::RequestEntityTooLarge),
            "reach_limit" => Some(Self::ReachLimit),
            "resource_limited" => Some(Self::ResourceLimited),
            "no_full_text_index" => Some(Self::NoFullTextIndex),
            "unsupported_service_operation" => Some(Self::UnsupportedServiceOperation),
            "web_application" => Some(Self::WebApplication),
            "invalid_parameter" => Some(Self::InvalidParameter),
            "required_property_not_found" => Some(Self::RequiredPropertyNotFound),
            "forbidden_op" => Some(Self::ForbiddenOp),
            "storage_object_not_found" => Some(Self::StorageObjectNotFound),
            "group_error" => Some(Self::GroupError),
            "service open exception" => Some(Self::ServiceOpenException),
            "message_rewrite_error" => Some(Self::MessageRewriteError),
            "Bad Request" => Some(Self::BadRequest),
            "FORBIDDEN" => Some(Self::Forbidden),
            "BAD_REQUEST" => Some(Self::BadRequestUpperCase),
            "EntityNotFoundException" => Some(Self::EntityNotFoundException),
            "INTERNAL_SERVER_ERROR" => Some(Self::InternalServerError),
            "IllegalArgumentException" => Some(Self::IllegalArgumentException),
            "InvalidMessageIdException" => Some(Self::InvalidMessageIdException),
            "MessageUnavailableException" => Some(Self::MessageUnavailableException),
            "MetadataException" => Some(Self::MetadataException),
            "RequiredPropertyNotFoundException" => Some(Self::RequiredPropertyNotFoundException),
            "RestGroupFeignException" => Some(Self::RestGroupFeignException),
            "RewriteMessageInternalErrorException" => {
                Some(Self::RewriteMessageInternalErrorException)
            }
            "concurrent_operation_error" => Some(Self::ConcurrentOperationError),
            "entity_not_found" => Some(Self::EntityNotFound),
            "exceed_limit" => Some(Self::ExceedLimit),
            "file exceeding maximum limit" => Some(Self::FileExceedingMaximumLimit),
            "file_expired" => Some(Self::FileExpired),
            "group_announce_violation" => Some(Self::GroupAnnounceViolation),
            "group_name_violation" => Some(Self::GroupNameViolation),
            "invalid_request_body" => Some(Self::InvalidRequestBody),
            "management" => Some(Self::Management),
            "message_recall_error" => Some(Self::MessageRecallError),
            "message_send_error" => Some(Self::MessageSendError),
            "metadata_error" => Some(Self::MetadataError),
            "param exception" => Some(Self::ParamException),
            "param_illegal" => Some(Self::ParamIllegal),
            "resource_not_found" => Some(Self::ResourceNotFound),
            "服务器内部错误" => Some(Self::InternalServerErrorZh),
            "请求路径不存在" => Some(Self::RequestPathNotFoundZh),
            "application_already_exists" => Some(Self::ApplicationAlreadyExists),
            "group_authorization" => Some(Self::GroupAuthorization),
            "ServiceNotOpenException" => Some(Self::ServiceNotOpenException),
            "LimitException" => Some(Self::LimitException),
            "MessageException" => Some(Self::MessageException),
            "ResourceNotFoundException" => Some(Self::ResourceNotFoundException),
            "Internal Server Error" => Some(Self::InternalServerErrorPhrase),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidGrant => "invalid_grant",
            Self::OrganizationApplicationNotFound => "organization_application_not_found",
            Self::IllegalArgument => "illegal_argument",
            Self::JsonParse => "json_parse",
            Self::DuplicateUniquePropertyExists => "duplicate_unique_property_exists",
            Self::Unauthorized => "unauthorized",
            Self::AuthBadAccessToken => "auth_bad_access_token",
            Self::ServiceResourceNotFound => "service_resource_not_found",
            Self::RequestEntityTooLarge => "Request Entity Too Large",
            Self::ReachLimit => "reach_limit",
            Self::ResourceLimited => "resource_limited",
            Self::NoFullTextIndex => "no_full_text_index",
            Self::UnsupportedServiceOperation => "unsupported_service_operation",
            Self::WebApplication => "web_application",
            Self::InvalidParameter => "invalid_parameter",
            Self::RequiredPropertyNotFound => "required_property_not_found",
            Self::ForbiddenOp => "forbidden_op",
            Self::StorageObjectNotFound => "storage_object_not_found",
            Self::GroupError => "group_error",
            Self::ServiceOpenException => "service open exception",
            Self::MessageRewriteError => "message_rewrite_error",
            Self::BadRequest => "Bad Request",
            Self::Forbidden => "FORBIDDEN",
            Self::BadRequestUpperCase => "BAD_REQUEST",
            Self::EntityNotFoundException => "EntityNotFoundException",
            Self::InternalServerError => "INTERNAL_SERVER_ERROR",
            Self::IllegalArgumentException => "IllegalArgumentException",
            Self::InvalidMessageIdException => "InvalidMessageIdException",
            Self::MessageUnavailableException => "MessageUnavailableException",
            Self::MetadataException => "MetadataException",
            Self::RequiredPropertyNotFoundException => "RequiredPropertyNotFoundException",
            Self::RestGroupFeignException => "RestGroupFeignException",
            Self::RewriteMessageInternalErrorException => "RewriteMessageInternalErrorException",
            Self::ConcurrentOperationError => "concurrent_operation_error",
            Self::EntityNotFound => "entity_not_found",
            Self::ExceedLimit => "exceed_limit",
            Self::FileExceedingMaximumLimit => "file exceeding maximum limit",
            Self::FileExpired => "file_expired",
            Self::GroupAnnounceViolation => "group_announce_violation",
            Self::GroupNameViolation => "group_name_violation",
            Self::InvalidRequestBody => "invalid_request_body",
            Self::Management => "management",
            Self::MessageRecallError => "message_recall_error",
            Self::MessageSendError => "message_send_error",
            Self::MetadataError => "metadata_error",
            Self::ParamException => "param exception",
            Self::ParamIllegal => "param_illegal",
            Self::ResourceNotFound => "resource_not_found",
            Self::InternalServerErrorZh => "服务器内部错误",
            Self::RequestPathNotFoundZh => "请求路径不存在",
            Self::ApplicationAlreadyExists => "application_already_exists",
            Self::GroupAuthorization => "group_authorization",
            Self::ServiceNotOpenException => "ServiceNotOpenException",
            Self::LimitException => "LimitException",
            Self::MessageException => "MessageException",
            Self::ResourceNotFoundException => "ResourceNotFoundException",
            Self::InternalServerErrorPhrase => "Internal Server Error",
            Self::Other(name) => name,
        }
    }
}

impl From<&str> for ErrorTy {
    #[inline]
    fn from(name: &str) -> Self {
        Self::known(name).unwrap_or_else(|| Self::Other(name.into()))
    }
}

impl FromStr for ErrorTy {
    type Err = std::convert::Infallible;

    #[inline]
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(name))
    }
}

impl fmt::Display for ErrorTy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
