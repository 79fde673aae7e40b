//! Written by scripts/gen-bench-code from codes.toml: the im-errors enums with strum,
//! num_enum and thiserror derives. Regenerate, do not edit.

/// what a caller should do about an error
///
/// 调用方遇到错误时应采取的处理方式
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumCount,
    strum::Display,
)]
#[non_exhaustive]
pub enum Advice {
    /// `none`
    ///
    /// nothing to do
    ///
    /// 无需处理
    #[strum(
        serialize = "none",
        to_string = "nothing to do",
        message = "nothing to do",
        detailed_message = "无需处理"
    )]
    None,
    /// `retry`
    ///
    /// retry once
    ///
    /// 立即重试一次
    #[strum(
        serialize = "retry",
        to_string = "retry once",
        message = "retry once",
        detailed_message = "立即重试一次"
    )]
    Retry,
    /// `retry_with_backoff`
    ///
    /// retry with exponential backoff
    ///
    /// 按指数退避重试
    #[strum(
        serialize = "retry_with_backoff",
        to_string = "retry with exponential backoff",
        message = "retry with exponential backoff",
        detailed_message = "按指数退避重试"
    )]
    RetryWithBackoff,
    /// `refresh_token`
    ///
    /// get a new token
    ///
    /// 重新获取 token
    #[strum(
        serialize = "refresh_token",
        to_string = "get a new token",
        message = "get a new token",
        detailed_message = "重新获取 token"
    )]
    RefreshToken,
    /// `log_in_again`
    ///
    /// log in again
    ///
    /// 重新登录
    #[strum(
        serialize = "log_in_again",
        to_string = "log in again",
        message = "log in again",
        detailed_message = "重新登录"
    )]
    LogInAgain,
    /// `reconnect`
    ///
    /// reconnect when the network is back
    ///
    /// 等待网络恢复后重连
    #[strum(
        serialize = "reconnect",
        to_string = "reconnect when the network is back",
        message = "reconnect when the network is back",
        detailed_message = "等待网络恢复后重连"
    )]
    Reconnect,
    /// `fix_request`
    ///
    /// fix the request
    ///
    /// 修正请求后再发
    #[strum(
        serialize = "fix_request",
        to_string = "fix the request",
        message = "fix the request",
        detailed_message = "修正请求后再发"
    )]
    FixRequest,
    /// `split_payload`
    ///
    /// split the payload
    ///
    /// 拆分或缩小请求体
    #[strum(
        serialize = "split_payload",
        to_string = "split the payload",
        message = "split the payload",
        detailed_message = "拆分或缩小请求体"
    )]
    SplitPayload,
    /// `slow_down`
    ///
    /// slow down
    ///
    /// 降低调用频率
    #[strum(
        serialize = "slow_down",
        to_string = "slow down",
        message = "slow down",
        detailed_message = "降低调用频率"
    )]
    SlowDown,
    /// `enable_service`
    ///
    /// enable the service in the console
    ///
    /// 在控制台开通该功能
    #[strum(
        serialize = "enable_service",
        to_string = "enable the service in the console",
        message = "enable the service in the console",
        detailed_message = "在控制台开通该功能"
    )]
    EnableService,
    /// `upgrade_plan`
    ///
    /// upgrade the plan
    ///
    /// 升级套餐或联系商务
    #[strum(
        serialize = "upgrade_plan",
        to_string = "upgrade the plan",
        message = "upgrade the plan",
        detailed_message = "升级套餐或联系商务"
    )]
    UpgradePlan,
    /// `inform_user`
    ///
    /// tell the user; do not retry
    ///
    /// 告知用户，不要重试
    #[strum(
        serialize = "inform_user",
        to_string = "tell the user; do not retry",
        message = "tell the user; do not retry",
        detailed_message = "告知用户，不要重试"
    )]
    InformUser,
    /// `alert_operators`
    ///
    /// log it and alert operators
    ///
    /// 记录日志并告警运维
    #[strum(
        serialize = "alert_operators",
        to_string = "log it and alert operators",
        message = "log it and alert operators",
        detailed_message = "记录日志并告警运维"
    )]
    AlertOperators,
}

/// HTTP statuses the REST API returns
///
/// REST API 返回的 HTTP 状态码
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    num_enum::FromPrimitive,
    num_enum::IntoPrimitive,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    thiserror::Error,
)]
#[repr(u16)]
#[non_exhaustive]
pub enum HttpStatus {
    /// **400** Bad Request
    ///
    /// the request is malformed or invalid
    ///
    /// 请求有误，服务器无法处理
    ///
    /// Advice: `fix_request`
    #[strum(
        message = "the request is malformed or invalid",
        detailed_message = "请求有误，服务器无法处理",
        props(reason = "Bad Request", advice = "fix_request")
    )]
    #[error("400 Bad Request")]
    BadRequest = 400,
    /// **401** Unauthorized
    ///
    /// authentication failed: the token is missing, expired or invalid
    ///
    /// 鉴权失败：token 缺失、过期或无效
    ///
    /// Advice: `refresh_token`
    #[strum(
        message = "authentication failed: the token is missing, expired or invalid",
        detailed_message = "鉴权失败：token 缺失、过期或无效",
        props(reason = "Unauthorized", advice = "refresh_token")
    )]
    #[error("401 Unauthorized")]
    Unauthorized = 401,
    /// **403** Forbidden
    ///
    /// the server refuses the operation
    ///
    /// 服务器拒绝执行该操作
    ///
    /// Advice: `inform_user`
    #[strum(
        message = "the server refuses the operation",
        detailed_message = "服务器拒绝执行该操作",
        props(reason = "Forbidden", advice = "inform_user")
    )]
    #[error("403 Forbidden")]
    Forbidden = 403,
    /// **404** Not Found
    ///
    /// the endpoint or resource does not exist
    ///
    /// 请求的接口或资源不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        message = "the endpoint or resource does not exist",
        detailed_message = "请求的接口或资源不存在",
        props(reason = "Not Found", advice = "fix_request")
    )]
    #[error("404 Not Found")]
    NotFound = 404,
    /// **405** Method Not Allowed
    ///
    /// the endpoint does not accept this HTTP method
    ///
    /// 请求方法不被该接口支持
    ///
    /// Advice: `fix_request`
    #[strum(
        message = "the endpoint does not accept this HTTP method",
        detailed_message = "请求方法不被该接口支持",
        props(reason = "Method Not Allowed", advice = "fix_request")
    )]
    #[error("405 Method Not Allowed")]
    MethodNotAllowed = 405,
    /// **408** Request Timeout
    ///
    /// the server timed out waiting for the request
    ///
    /// 服务器等待请求超时
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        message = "the server timed out waiting for the request",
        detailed_message = "服务器等待请求超时",
        props(reason = "Request Timeout", advice = "retry_with_backoff")
    )]
    #[error("408 Request Timeout")]
    RequestTimeout = 408,
    /// **409** Conflict
    ///
    /// concurrent operations conflicted, such as two edits of one message
    ///
    /// 并发操作冲突（如同时修改同一条消息）
    ///
    /// Advice: `retry`
    #[strum(
        message = "concurrent operations conflicted, such as two edits of one message",
        detailed_message = "并发操作冲突（如同时修改同一条消息）",
        props(reason = "Conflict", advice = "retry")
    )]
    #[error("409 Conflict")]
    Conflict = 409,
    /// **413** Request Entity Too Large
    ///
    /// the uploaded file or request body is over the size limit
    ///
    /// 上传的文件或请求体超过大小上限
    ///
    /// Advice: `split_payload`
    #[strum(
        message = "the uploaded file or request body is over the size limit",
        detailed_message = "上传的文件或请求体超过大小上限",
        props(reason = "Request Entity Too Large", advice = "split_payload")
    )]
    #[error("413 Request Entity Too Large")]
    RequestEntityTooLarge = 413,
    /// **415** Unsupported Media Type
    ///
    /// the request body's media type is not supported
    ///
    /// 请求体的类型不被支持
    ///
    /// Advice: `fix_request`
    #[strum(
        message = "the request body's media type is not supported",
        detailed_message = "请求体的类型不被支持",
        props(reason = "Unsupported Media Type", advice = "fix_request")
    )]
    #[error("415 Unsupported Media Type")]
    UnsupportedMediaType = 415,
    /// **429** Too Many Requests
    ///
    /// the call rate or the plan's limits were exceeded
    ///
    /// 超过接口调用频率或套餐限制
    ///
    /// Advice: `slow_down`
    #[strum(
        message = "the call rate or the plan's limits were exceeded",
        detailed_message = "超过接口调用频率或套餐限制",
        props(reason = "Too Many Requests", advice = "slow_down")
    )]
    #[error("429 Too Many Requests")]
    TooManyRequests = 429,
    /// **500** Internal Server Error
    ///
    /// the server failed with an internal error
    ///
    /// 服务器内部错误
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        message = "the server failed with an internal error",
        detailed_message = "服务器内部错误",
        props(reason = "Internal Server Error", advice = "retry_with_backoff")
    )]
    #[error("500 Internal Server Error")]
    InternalServerError = 500,
    /// **501** Not Implemented
    ///
    /// the server does not support the requested function
    ///
    /// 服务器不支持该请求的功能
    ///
    /// Advice: `fix_request`
    #[strum(
        message = "the server does not support the requested function",
        detailed_message = "服务器不支持该请求的功能",
        props(reason = "Not Implemented", advice = "fix_request")
    )]
    #[error("501 Not Implemented")]
    NotImplemented = 501,
    /// **502** Bad Gateway
    ///
    /// a gateway received an invalid response from upstream
    ///
    /// 网关从上游服务器收到无效响应
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        message = "a gateway received an invalid response from upstream",
        detailed_message = "网关从上游服务器收到无效响应",
        props(reason = "Bad Gateway", advice = "retry_with_backoff")
    )]
    #[error("502 Bad Gateway")]
    BadGateway = 502,
    /// **503** Service Unavailable
    ///
    /// the service is unavailable for now
    ///
    /// 服务暂时不可用
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        message = "the service is unavailable for now",
        detailed_message = "服务暂时不可用",
        props(reason = "Service Unavailable", advice = "retry_with_backoff")
    )]
    #[error("503 Service Unavailable")]
    ServiceUnavailable = 503,
    /// **504** Gateway Timeout
    ///
    /// a gateway timed out waiting for upstream
    ///
    /// 网关未及时收到上游服务器的响应
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        message = "a gateway timed out waiting for upstream",
        detailed_message = "网关未及时收到上游服务器的响应",
        props(reason = "Gateway Timeout", advice = "retry_with_backoff")
    )]
    #[error("504 Gateway Timeout")]
    GatewayTimeout = 504,
    /// an HTTP status the documents do not list
    #[num_enum(catch_all)]
    #[error("{0}")]
    Other(u16),
}

/// values of the error field of REST responses
///
/// REST 响应中 error 字段的取值
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::AsRefStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ErrorType {
    /// `invalid_grant`
    ///
    /// wrong username or password
    ///
    /// 用户名或密码错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_grant",
        message = "wrong username or password",
        detailed_message = "用户名或密码错误",
        props(advice = "fix_request")
    )]
    #[error("invalid_grant")]
    InvalidGrant,
    /// `organization_application_not_found`
    ///
    /// no application matches the org and app in the URL
    ///
    /// 找不到 URL 中的 org/app
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "organization_application_not_found",
        message = "no application matches the org and app in the URL",
        detailed_message = "找不到 URL 中的 org/app",
        props(advice = "fix_request")
    )]
    #[error("organization_application_not_found")]
    OrganizationApplicationNotFound,
    /// `illegal_argument`
    ///
    /// an argument of the request is illegal
    ///
    /// 请求参数不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "illegal_argument",
        message = "an argument of the request is illegal",
        detailed_message = "请求参数不合法",
        props(advice = "fix_request")
    )]
    #[error("illegal_argument")]
    IllegalArgument,
    /// `json_parse`
    ///
    /// the request body is not valid JSON
    ///
    /// 请求体不是合法的 JSON
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "json_parse",
        message = "the request body is not valid JSON",
        detailed_message = "请求体不是合法的 JSON",
        props(advice = "fix_request")
    )]
    #[error("json_parse")]
    JsonParse,
    /// `duplicate_unique_property_exists`
    ///
    /// a value that must be unique already exists
    ///
    /// 唯一属性的值已存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "duplicate_unique_property_exists",
        message = "a value that must be unique already exists",
        detailed_message = "唯一属性的值已存在",
        props(advice = "fix_request")
    )]
    #[error("duplicate_unique_property_exists")]
    DuplicateUniquePropertyExists,
    /// `unauthorized`
    ///
    /// the request is not authorised
    ///
    /// 未授权
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "unauthorized",
        message = "the request is not authorised",
        detailed_message = "未授权",
        props(advice = "refresh_token")
    )]
    #[error("unauthorized")]
    Unauthorized,
    /// `auth_bad_access_token`
    ///
    /// the access token is bad
    ///
    /// access token 无效
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "auth_bad_access_token",
        message = "the access token is bad",
        detailed_message = "access token 无效",
        props(advice = "refresh_token")
    )]
    #[error("auth_bad_access_token")]
    AuthBadAccessToken,
    /// `service_resource_not_found`
    ///
    /// the resource does not exist
    ///
    /// 资源不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "service_resource_not_found",
        message = "the resource does not exist",
        detailed_message = "资源不存在",
        props(advice = "fix_request")
    )]
    #[error("service_resource_not_found")]
    ServiceResourceNotFound,
    /// `Request Entity Too Large`
    ///
    /// the request body is too large
    ///
    /// 请求体过大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "Request Entity Too Large",
        message = "the request body is too large",
        detailed_message = "请求体过大",
        props(advice = "split_payload")
    )]
    #[error("Request Entity Too Large")]
    RequestEntityTooLarge,
    /// `reach_limit`
    ///
    /// the API rate limit was reached
    ///
    /// 超过接口调用频率限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "reach_limit",
        message = "the API rate limit was reached",
        detailed_message = "超过接口调用频率限制",
        props(advice = "slow_down")
    )]
    #[error("reach_limit")]
    ReachLimit,
    /// `resource_limited`
    ///
    /// the plan's resource limit was exceeded
    ///
    /// 超过套餐资源限制
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "resource_limited",
        message = "the plan's resource limit was exceeded",
        detailed_message = "超过套餐资源限制",
        props(advice = "upgrade_plan")
    )]
    #[error("resource_limited")]
    ResourceLimited,
    /// `no_full_text_index`
    ///
    /// the field has no full-text index
    ///
    /// 该字段不支持全文索引
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "no_full_text_index",
        message = "the field has no full-text index",
        detailed_message = "该字段不支持全文索引",
        props(advice = "fix_request")
    )]
    #[error("no_full_text_index")]
    NoFullTextIndex,
    /// `unsupported_service_operation`
    ///
    /// the service operation is not supported
    ///
    /// 不支持的服务操作
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "unsupported_service_operation",
        message = "the service operation is not supported",
        detailed_message = "不支持的服务操作",
        props(advice = "fix_request")
    )]
    #[error("unsupported_service_operation")]
    UnsupportedServiceOperation,
    /// `web_application`
    ///
    /// a web application error: wrong URL or media type
    ///
    /// Web 应用层异常（URL 或媒体类型有误）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "web_application",
        message = "a web application error: wrong URL or media type",
        detailed_message = "Web 应用层异常（URL 或媒体类型有误）",
        props(advice = "fix_request")
    )]
    #[error("web_application")]
    WebApplication,
    /// `invalid_parameter`
    ///
    /// a parameter is not valid
    ///
    /// 参数无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_parameter",
        message = "a parameter is not valid",
        detailed_message = "参数无效",
        props(advice = "fix_request")
    )]
    #[error("invalid_parameter")]
    InvalidParameter,
    /// `required_property_not_found`
    ///
    /// a required property is missing
    ///
    /// 缺少必需的属性
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "required_property_not_found",
        message = "a required property is missing",
        detailed_message = "缺少必需的属性",
        props(advice = "fix_request")
    )]
    #[error("required_property_not_found")]
    RequiredPropertyNotFound,
    /// `forbidden_op`
    ///
    /// the operation is forbidden
    ///
    /// 操作被禁止
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "forbidden_op",
        message = "the operation is forbidden",
        detailed_message = "操作被禁止",
        props(advice = "inform_user")
    )]
    #[error("forbidden_op")]
    ForbiddenOp,
    /// `storage_object_not_found`
    ///
    /// the stored object does not exist
    ///
    /// 存储对象不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "storage_object_not_found",
        message = "the stored object does not exist",
        detailed_message = "存储对象不存在",
        props(advice = "fix_request")
    )]
    #[error("storage_object_not_found")]
    StorageObjectNotFound,
    /// `group_error`
    ///
    /// a group or thread error
    ///
    /// 群组或子区相关错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_error",
        message = "a group or thread error",
        detailed_message = "群组或子区相关错误",
        props(advice = "fix_request")
    )]
    #[error("group_error")]
    GroupError,
    /// `service open exception`
    ///
    /// the service is not enabled
    ///
    /// 服务未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "service open exception",
        message = "the service is not enabled",
        detailed_message = "服务未开通",
        props(advice = "enable_service")
    )]
    #[error("service open exception")]
    ServiceOpenException,
    /// `message_rewrite_error`
    ///
    /// a message rewrite error
    ///
    /// 消息修改错误
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "message_rewrite_error",
        message = "a message rewrite error",
        detailed_message = "消息修改错误",
        props(advice = "enable_service")
    )]
    #[error("message_rewrite_error")]
    MessageRewriteError,
    /// `Bad Request`
    ///
    /// a bad request
    ///
    /// 请求错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "Bad Request",
        message = "a bad request",
        detailed_message = "请求错误",
        props(advice = "fix_request")
    )]
    #[error("Bad Request")]
    BadRequest,
    /// `FORBIDDEN`
    ///
    /// the feature is not allowed
    ///
    /// 功能不允许使用
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "FORBIDDEN",
        message = "the feature is not allowed",
        detailed_message = "功能不允许使用",
        props(advice = "enable_service")
    )]
    #[error("FORBIDDEN")]
    Forbidden,
    /// `BAD_REQUEST`
    ///
    /// the request is invalid, for example a batch is larger than allowed
    ///
    /// 请求不合法（如批量请求的数量超过上限）
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "BAD_REQUEST",
        message = "the request is invalid, for example a batch is larger than allowed",
        detailed_message = "请求不合法（如批量请求的数量超过上限）",
        props(advice = "split_payload")
    )]
    #[error("BAD_REQUEST")]
    BadRequestUpperCase,
    /// `EntityNotFoundException`
    ///
    /// the referenced entity does not exist, such as a push template
    ///
    /// 请求引用的实体不存在（如推送模板）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "EntityNotFoundException",
        message = "the referenced entity does not exist, such as a push template",
        detailed_message = "请求引用的实体不存在（如推送模板）",
        props(advice = "fix_request")
    )]
    #[error("EntityNotFoundException")]
    EntityNotFoundException,
    /// `INTERNAL_SERVER_ERROR`
    ///
    /// the service failed internally
    ///
    /// 服务内部出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "INTERNAL_SERVER_ERROR",
        message = "the service failed internally",
        detailed_message = "服务内部出错",
        props(advice = "retry_with_backoff")
    )]
    #[error("INTERNAL_SERVER_ERROR")]
    InternalServerError,
    /// `IllegalArgumentException`
    ///
    /// an argument is illegal or missing
    ///
    /// 参数不合法或缺失
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "IllegalArgumentException",
        message = "an argument is illegal or missing",
        detailed_message = "参数不合法或缺失",
        props(advice = "fix_request")
    )]
    #[error("IllegalArgumentException")]
    IllegalArgumentException,
    /// `InvalidMessageIdException`
    ///
    /// the message ID is not a valid number
    ///
    /// 消息 ID 不是合法的数字
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "InvalidMessageIdException",
        message = "the message ID is not a valid number",
        detailed_message = "消息 ID 不是合法的数字",
        props(advice = "fix_request")
    )]
    #[error("InvalidMessageIdException")]
    InvalidMessageIdException,
    /// `MessageUnavailableException`
    ///
    /// the message does not exist or has expired
    ///
    /// 消息不存在或已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MessageUnavailableException",
        message = "the message does not exist or has expired",
        detailed_message = "消息不存在或已过期",
        props(advice = "inform_user")
    )]
    #[error("MessageUnavailableException")]
    MessageUnavailableException,
    /// `MetadataException`
    ///
    /// the user is not a member of the group or chat room whose attributes are involved
    ///
    /// 用户不是该群组或聊天室的成员，无法操作属性
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MetadataException",
        message = "the user is not a member of the group or chat room whose attributes are involved",
        detailed_message = "用户不是该群组或聊天室的成员，无法操作属性",
        props(advice = "fix_request")
    )]
    #[error("MetadataException")]
    MetadataException,
    /// `RequiredPropertyNotFoundException`
    ///
    /// a required property is missing, or the user it names does not exist
    ///
    /// 缺少必需的属性，或其指向的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "RequiredPropertyNotFoundException",
        message = "a required property is missing, or the user it names does not exist",
        detailed_message = "缺少必需的属性，或其指向的用户不存在",
        props(advice = "fix_request")
    )]
    #[error("RequiredPropertyNotFoundException")]
    RequiredPropertyNotFoundException,
    /// `RestGroupFeignException`
    ///
    /// the call to the group service failed because the group does not exist
    ///
    /// 调用群组服务失败：群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "RestGroupFeignException",
        message = "the call to the group service failed because the group does not exist",
        detailed_message = "调用群组服务失败：群组不存在",
        props(advice = "fix_request")
    )]
    #[error("RestGroupFeignException")]
    RestGroupFeignException,
    /// `RewriteMessageInternalErrorException`
    ///
    /// the service failed internally while modifying the message
    ///
    /// 修改消息时服务内部出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "RewriteMessageInternalErrorException",
        message = "the service failed internally while modifying the message",
        detailed_message = "修改消息时服务内部出错",
        props(advice = "retry_with_backoff")
    )]
    #[error("RewriteMessageInternalErrorException")]
    RewriteMessageInternalErrorException,
    /// `concurrent_operation_error`
    ///
    /// a concurrent operation conflicted: someone else edited the message
    ///
    /// 并发操作冲突：消息已被他人修改
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "concurrent_operation_error",
        message = "a concurrent operation conflicted: someone else edited the message",
        detailed_message = "并发操作冲突：消息已被他人修改",
        props(advice = "retry")
    )]
    #[error("concurrent_operation_error")]
    ConcurrentOperationError,
    /// `entity_not_found`
    ///
    /// the entity, a user or a file, does not exist
    ///
    /// 实体不存在（用户或文件）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "entity_not_found",
        message = "the entity, a user or a file, does not exist",
        detailed_message = "实体不存在（用户或文件）",
        props(advice = "fix_request")
    )]
    #[error("entity_not_found")]
    EntityNotFound,
    /// `exceed_limit`
    ///
    /// a count or length limit was exceeded
    ///
    /// 超过数量或长度上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "exceed_limit",
        message = "a count or length limit was exceeded",
        detailed_message = "超过数量或长度上限",
        props(advice = "fix_request")
    )]
    #[error("exceed_limit")]
    ExceedLimit,
    /// `file exceeding maximum limit`
    ///
    /// the uploaded file is over the size limit
    ///
    /// 上传的文件超过大小上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "file exceeding maximum limit",
        message = "the uploaded file is over the size limit",
        detailed_message = "上传的文件超过大小上限",
        props(advice = "split_payload")
    )]
    #[error("file exceeding maximum limit")]
    FileExceedingMaximumLimit,
    /// `file_expired`
    ///
    /// the file has expired
    ///
    /// 文件已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "file_expired",
        message = "the file has expired",
        detailed_message = "文件已过期",
        props(advice = "inform_user")
    )]
    #[error("file_expired")]
    FileExpired,
    /// `group_announce_violation`
    ///
    /// the group announcement breaks the content rules
    ///
    /// 群公告内容违规
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_announce_violation",
        message = "the group announcement breaks the content rules",
        detailed_message = "群公告内容违规",
        props(advice = "inform_user")
    )]
    #[error("group_announce_violation")]
    GroupAnnounceViolation,
    /// `group_name_violation`
    ///
    /// the group name breaks the content rules
    ///
    /// 群组名称违规
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_name_violation",
        message = "the group name breaks the content rules",
        detailed_message = "群组名称违规",
        props(advice = "inform_user")
    )]
    #[error("group_name_violation")]
    GroupNameViolation,
    /// `invalid_request_body`
    ///
    /// the request body is malformed or has fields of the wrong type
    ///
    /// 请求体格式或字段类型不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_request_body",
        message = "the request body is malformed or has fields of the wrong type",
        detailed_message = "请求体格式或字段类型不正确",
        props(advice = "fix_request")
    )]
    #[error("invalid_request_body")]
    InvalidRequestBody,
    /// `management`
    ///
    /// a user management error: the user does not exist
    ///
    /// 用户管理错误：用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "management",
        message = "a user management error: the user does not exist",
        detailed_message = "用户管理错误：用户不存在",
        props(advice = "fix_request")
    )]
    #[error("management")]
    Management,
    /// `message_recall_error`
    ///
    /// recalling the message failed
    ///
    /// 撤回消息失败
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_error",
        message = "recalling the message failed",
        detailed_message = "撤回消息失败",
        props(advice = "fix_request")
    )]
    #[error("message_recall_error")]
    MessageRecallError,
    /// `message_send_error`
    ///
    /// sending the message failed
    ///
    /// 发送消息失败
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_send_error",
        message = "sending the message failed",
        detailed_message = "发送消息失败",
        props(advice = "fix_request")
    )]
    #[error("message_send_error")]
    MessageSendError,
    /// `metadata_error`
    ///
    /// an operation on custom attributes failed
    ///
    /// 自定义属性操作失败
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "metadata_error",
        message = "an operation on custom attributes failed",
        detailed_message = "自定义属性操作失败",
        props(advice = "fix_request")
    )]
    #[error("metadata_error")]
    MetadataError,
    /// `param exception`
    ///
    /// a parameter is out of range, such as too many messages to delete at once
    ///
    /// 参数超出范围（如一次删除的消息过多）
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "param exception",
        message = "a parameter is out of range, such as too many messages to delete at once",
        detailed_message = "参数超出范围（如一次删除的消息过多）",
        props(advice = "split_payload")
    )]
    #[error("param exception")]
    ParamException,
    /// `param_illegal`
    ///
    /// a request parameter is illegal
    ///
    /// 请求参数不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "param_illegal",
        message = "a request parameter is illegal",
        detailed_message = "请求参数不合法",
        props(advice = "fix_request")
    )]
    #[error("param_illegal")]
    ParamIllegal,
    /// `resource_not_found`
    ///
    /// the resource, a group, chat room, user or tag, does not exist
    ///
    /// 资源不存在（群组、聊天室、用户或标签）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "resource_not_found",
        message = "the resource, a group, chat room, user or tag, does not exist",
        detailed_message = "资源不存在（群组、聊天室、用户或标签）",
        props(advice = "fix_request")
    )]
    #[error("resource_not_found")]
    ResourceNotFound,
    /// `服务器内部错误`
    ///
    /// the server failed while handling the request
    ///
    /// 服务器处理请求时出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "服务器内部错误",
        message = "the server failed while handling the request",
        detailed_message = "服务器处理请求时出错",
        props(advice = "retry_with_backoff")
    )]
    #[error("服务器内部错误")]
    InternalServerErrorZh,
    /// `请求路径不存在`
    ///
    /// the request path does not exist
    ///
    /// 请求路径不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "请求路径不存在",
        message = "the request path does not exist",
        detailed_message = "请求路径不存在",
        props(advice = "fix_request")
    )]
    #[error("请求路径不存在")]
    RequestPathNotFoundZh,
    /// `application_already_exists`
    ///
    /// the application already exists
    ///
    /// 应用已存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "application_already_exists",
        message = "the application already exists",
        detailed_message = "应用已存在",
        props(advice = "fix_request")
    )]
    #[error("application_already_exists")]
    ApplicationAlreadyExists,
    /// `group_authorization`
    ///
    /// the group service refused the request's authorization
    ///
    /// 群组服务的鉴权错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_authorization",
        message = "the group service refused the request's authorization",
        detailed_message = "群组服务的鉴权错误",
        props(advice = "fix_request")
    )]
    #[error("group_authorization")]
    GroupAuthorization,
    /// `ServiceNotOpenException`
    ///
    /// the service called is not enabled for the app
    ///
    /// 所调用的服务未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "ServiceNotOpenException",
        message = "the service called is not enabled for the app",
        detailed_message = "所调用的服务未开通",
        props(advice = "enable_service")
    )]
    #[error("ServiceNotOpenException")]
    ServiceNotOpenException,
    /// `LimitException`
    ///
    /// the request was refused by a count or other limit
    ///
    /// 请求因数量或其他限制被拒绝
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "LimitException",
        message = "the request was refused by a count or other limit",
        detailed_message = "请求因数量或其他限制被拒绝",
        props(advice = "slow_down")
    )]
    #[error("LimitException")]
    LimitException,
    /// `MessageException`
    ///
    /// the push message body is misconfigured
    ///
    /// 推送消息体配置有误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MessageException",
        message = "the push message body is misconfigured",
        detailed_message = "推送消息体配置有误",
        props(advice = "fix_request")
    )]
    #[error("MessageException")]
    MessageException,
    /// `ResourceNotFoundException`
    ///
    /// the requested resource does not exist
    ///
    /// 请求的资源不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "ResourceNotFoundException",
        message = "the requested resource does not exist",
        detailed_message = "请求的资源不存在",
        props(advice = "fix_request")
    )]
    #[error("ResourceNotFoundException")]
    ResourceNotFoundException,
    /// `Internal Server Error`
    ///
    /// the service failed internally
    ///
    /// 服务内部出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "Internal Server Error",
        message = "the service failed internally",
        detailed_message = "服务内部出错",
        props(advice = "retry_with_backoff")
    )]
    #[error("Internal Server Error")]
    InternalServerErrorPhrase,
    /// an error type the documents do not list
    #[strum(default)]
    #[error("{0}")]
    Other(String),
}

/// documented REST errors: status, error type and description
///
/// 文档记载的 REST 错误：状态码 + 错误类型 + 错误描述
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum RestError {
    /// `invalid_username_or_password`: invalid username or password
    ///
    /// wrong username or password
    ///
    /// 用户名或密码错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_username_or_password",
        message = "wrong username or password",
        detailed_message = "用户名或密码错误",
        props(
            status = "400",
            template = "invalid username or password",
            cause_en = "The user ID or password given to get a token is wrong.",
            cause_zh = "获取 token 时提供的用户 ID 或密码不正确。",
            remedy_en = "Check the user ID and password, then request the token again.",
            remedy_zh = "核对用户 ID 与密码后再请求 token。",
            error = "invalid_grant",
            advice = "fix_request"
        )
    )]
    #[error("wrong username or password (400 invalid_grant)")]
    InvalidUsernameOrPassword,
    /// `app_token_client_id_mismatch`: client_id does not match
    ///
    /// client_id does not match the app key
    ///
    /// client_id 与 App Key 不匹配
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "app_token_client_id_mismatch",
        message = "client_id does not match the app key",
        detailed_message = "client_id 与 App Key 不匹配",
        props(
            status = "400",
            template = "client_id does not match",
            cause_en = "The `client_id` in the body of an app token request is not the Client ID of the app key.",
            cause_zh = "获取 App Token 时，请求体中的 client_id 不是该 App Key 的 Client ID。",
            remedy_en = "Copy the app key's Client ID from the application details page of the console into the body, then request the token again.",
            remedy_zh = "在控制台的应用详情页复制该 App Key 的 Client ID，填入请求体后重新获取 token。",
            error = "invalid_grant",
            advice = "fix_request"
        )
    )]
    #[error("client_id does not match the app key (400 invalid_grant)")]
    AppTokenClientIdMismatch,
    /// `app_token_client_secret_mismatch`: client_secret does not match
    ///
    /// client_secret does not match the app key
    ///
    /// client_secret 与 App Key 不匹配
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "app_token_client_secret_mismatch",
        message = "client_secret does not match the app key",
        detailed_message = "client_secret 与 App Key 不匹配",
        props(
            status = "400",
            template = "client_secret does not match",
            cause_en = "The `client_secret` in the body of an app token request is not the ClientSecret of the app key.",
            cause_zh = "获取 App Token 时，请求体中的 client_secret 不是该 App Key 的 ClientSecret。",
            remedy_en = "Copy the app key's ClientSecret from the application details page of the console into the body, then request the token again.",
            remedy_zh = "在控制台的应用详情页复制该 App Key 的 ClientSecret，填入请求体后重新获取 token。",
            error = "invalid_grant",
            advice = "fix_request"
        )
    )]
    #[error("client_secret does not match the app key (400 invalid_grant)")]
    AppTokenClientSecretMismatch,
    /// `application_not_found_400`: Could not find application for {org}/{app} from URI: {uri}
    ///
    /// no application for the org and app in the URL
    ///
    /// 找不到 URL 对应的应用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "application_not_found_400",
        message = "no application for the org and app in the URL",
        detailed_message = "找不到 URL 对应的应用",
        props(
            status = "400",
            template = "Could not find application for {org}/{app} from URI: {uri}",
            cause_en = "The orgname/appname in the request URL is wrong; older documents show it as a 400.",
            cause_zh = "请求 URL 中的 orgname/appname 写错，旧文档中以 400 返回。",
            remedy_en = "Build the URL from the org and app names shown in the console.",
            remedy_zh = "从控制台复制正确的 org 与 app 名称组成 URL。",
            error = "organization_application_not_found",
            advice = "fix_request"
        )
    )]
    #[error(
        "no application for the org and app in the URL (400 organization_application_not_found)"
    )]
    ApplicationNotFound400,
    /// `application_not_found`: Could not find application for {org}/{app} from URI: {uri}
    ///
    /// no application for the org and app in the URL
    ///
    /// 找不到 URL 对应的应用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "application_not_found",
        message = "no application for the org and app in the URL",
        detailed_message = "找不到 URL 对应的应用",
        props(
            status = "404",
            template = "Could not find application for {org}/{app} from URI: {uri}",
            cause_en = "The orgname/appname in the request URL is wrong.",
            cause_zh = "请求 URL 中的 orgname/appname 填写错误。",
            remedy_en = "Build the URL from the org and app names shown in the console, then retry.",
            remedy_zh = "从控制台复制正确的 org 与 app 名称组成 URL 后重试。",
            error = "organization_application_not_found",
            advice = "fix_request"
        )
    )]
    #[error(
        "no application for the org and app in the URL (404 organization_application_not_found)"
    )]
    ApplicationNotFound,
    /// `username_required`: Entity user requires a property named username
    ///
    /// the user ID (username) is missing
    ///
    /// 缺少用户 ID
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "username_required",
        message = "the user ID (username) is missing",
        detailed_message = "缺少用户 ID",
        props(
            status = "400",
            template = "Entity user requires a property named username",
            cause_en = "The request to register a user has no username.",
            cause_zh = "注册用户的请求体没有提供 username。",
            remedy_en = "Complete or correct the request body as the API reference describes, then send it again.",
            remedy_zh = "按接口文档补全或修正请求体后重新发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the user ID (username) is missing (400 illegal_argument)")]
    UsernameRequired,
    /// `password_required`: password or pin must provided
    ///
    /// the password is missing or empty
    ///
    /// 缺少密码或密码为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "password_required",
        message = "the password is missing or empty",
        detailed_message = "缺少密码或密码为空",
        props(
            status = "400",
            template = "password or pin must provided",
            cause_en = "The request to register a user has no password, or an empty one.",
            cause_zh = "注册用户时未提供 password，或提供的值为空字符串。",
            remedy_en = "Complete or correct the request body as the API reference describes, then send it again.",
            remedy_zh = "按接口文档补全或修正请求体后重新发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the password is missing or empty (400 illegal_argument)")]
    PasswordRequired,
    /// `json_parse_error`: Unexpected character ('{character}' (code {code})): was expecting a colon to separate field name and value
    ///  at [Source: {source}; line: {line}, column: {column}]
    ///
    /// the request body is not valid JSON
    ///
    /// 请求体不是合法的 JSON
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "json_parse_error",
        message = "the request body is not valid JSON",
        detailed_message = "请求体不是合法的 JSON",
        props(
            status = "400",
            template = "Unexpected character ('{character}' (code {code})): was expecting a colon to separate field name and value\n at [Source: {source}; line: {line}, column: {column}]",
            cause_en = "The body is not well-formed JSON; the description names the offending character and its position.",
            cause_zh = "请求体不符合 JSON 格式，服务器无法解析；错误描述给出出错的字符与位置。",
            remedy_en = "Serialize the body with a JSON library instead of building it by hand.",
            remedy_zh = "用 JSON 库序列化请求体，不要手工拼接字符串。",
            error = "json_parse",
            advice = "fix_request"
        )
    )]
    #[error("the request body is not valid JSON (400 json_parse)")]
    JsonParseError,
    /// `username_taken`: Application {application}Entity user requires that property named username be unique, value of {username} exists
    ///
    /// the user ID is already taken
    ///
    /// 用户 ID 已存在
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "username_taken",
        message = "the user ID is already taken",
        detailed_message = "用户 ID 已存在",
        props(
            status = "400",
            template = "Application {application}Entity user requires that property named username be unique, value of {username} exists",
            cause_en = "The user ID to register already exists in the app.",
            cause_zh = "注册的用户 ID 在该应用下已存在。",
            remedy_en = "Register with another user ID, or delete the existing user first.",
            remedy_zh = "换一个用户 ID 注册；若要复用，先删除旧用户。",
            error = "duplicate_unique_property_exists",
            advice = "inform_user"
        )
    )]
    #[error("the user ID is already taken (400 duplicate_unique_property_exists)")]
    UsernameTaken,
    /// `new_password_required`: newpassword is required
    ///
    /// the new password is missing
    ///
    /// 缺少新密码
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "new_password_required",
        message = "the new password is missing",
        detailed_message = "缺少新密码",
        props(
            status = "400",
            template = "newpassword is required",
            cause_en = "The change-password request has no newpassword field.",
            cause_zh = "修改密码的请求体没有 newpassword 字段。",
            remedy_en = "Complete or correct the request body as the API reference describes, then send it again.",
            remedy_zh = "按接口文档补全或修正请求体后重新发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the new password is missing (400 illegal_argument)")]
    NewPasswordRequired,
    /// `old_password_required`: oldPassword is required
    ///
    /// the old password is missing
    ///
    /// 缺少旧密码
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "old_password_required",
        message = "the old password is missing",
        detailed_message = "缺少旧密码",
        props(
            status = "400",
            template = "oldPassword is required",
            cause_en = "The change-password request has no oldPassword field.",
            cause_zh = "修改密码的请求体没有 oldPassword 字段。",
            remedy_en = "Complete or correct the request body as the API reference describes, then send it again.",
            remedy_zh = "按接口文档补全或修正请求体后重新发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the old password is missing (400 illegal_argument)")]
    OldPasswordRequired,
    /// `group_member_not_found`: group member {username} doesn't exist
    ///
    /// a user to add to the group does not exist
    ///
    /// 要加入群组的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_not_found",
        message = "a user to add to the group does not exist",
        detailed_message = "要加入群组的用户不存在",
        props(
            status = "400",
            template = "group member {username} doesn't exist",
            cause_en = "One of the users in a batch add-to-group request does not exist.",
            cause_zh = "批量添加群成员时，其中某个用户 ID 不存在。",
            remedy_en = "Register the user first, or leave it out of the request.",
            remedy_zh = "先注册该用户，或从请求中去掉它。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("a user to add to the group does not exist (400 illegal_argument)")]
    GroupMemberNotFound,
    /// `invalid_request`: this is an invalid request
    ///
    /// the request is invalid
    ///
    /// 请求无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_request",
        message = "the request is invalid",
        detailed_message = "请求无效",
        props(
            status = "400",
            template = "this is an invalid request",
            cause_en = "The URL, headers or body of the request are wrong.",
            cause_zh = "URL、请求头或请求体有误。",
            remedy_en = "Check the URL, headers and body one by one; reproducing with curl helps.",
            remedy_zh = "逐项核对 URL、请求头与请求体，可用 curl 复现。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the request is invalid (400 illegal_argument)")]
    InvalidRequest,
    /// `from_empty`: 'from' can't be empty
    ///
    /// the sender (from) is empty
    ///
    /// 消息发送方为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "from_empty",
        message = "the sender (from) is empty",
        detailed_message = "消息发送方为空",
        props(
            status = "400",
            template = "'from' can't be empty",
            cause_en = "The message's from field is empty; leaving it out makes the server use admin.",
            cause_zh = "发送消息时 from 字段为空字符串；不传该字段时服务器默认使用 admin。",
            remedy_en = "Give the sender's user ID, or omit the from field.",
            remedy_zh = "填写发送方用户 ID，或去掉 from 字段。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the sender (from) is empty (400 illegal_argument)")]
    FromEmpty,
    /// `invalid_target_type`: target_type can only be 'users' or 'chatgroups' or 'chatrooms'
    ///
    /// the target type is invalid
    ///
    /// 消息目标类型不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_target_type",
        message = "the target type is invalid",
        detailed_message = "消息目标类型不合法",
        props(
            status = "400",
            template = "target_type can only be 'users' or 'chatgroups' or 'chatrooms'",
            cause_en = "The message's target_type is not users, chatgroups or chatrooms.",
            cause_zh = "发送消息时 target_type 不是 users、chatgroups 或 chatrooms。",
            remedy_en = "Set target_type to one of the three values.",
            remedy_zh = "把 target_type 设为三者之一。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the target type is invalid (400 illegal_argument)")]
    InvalidTargetType,
    /// `username_illegal`: username is not legal
    ///
    /// the user ID is not allowed
    ///
    /// 用户 ID 不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "username_illegal",
        message = "the user ID is not allowed",
        detailed_message = "用户 ID 不合法",
        props(
            status = "400",
            template = "username is not legal",
            cause_en = "The user ID to register has characters or a length the service does not allow.",
            cause_zh = "注册使用的用户 ID 含有不允许的字符或长度不符。",
            remedy_en = "Choose a user ID that follows the rules of the register-user API.",
            remedy_zh = "按注册用户接口的规则重新设置用户 ID。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the user ID is not allowed (400 illegal_argument)")]
    UsernameIllegal,
    /// `chat_history_request_unsupported`: This chatmessage request is not supported
    ///
    /// the chat history time format is wrong
    ///
    /// 历史消息查询的时间格式不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chat_history_request_unsupported",
        message = "the chat history time format is wrong",
        detailed_message = "历史消息查询的时间格式不正确",
        props(
            status = "400",
            template = "This chatmessage request is not supported",
            cause_en = "The time given to fetch chat history is not in YYYYMMDDHH format.",
            cause_zh = "查询历史消息时传入的时间不是 YYYYMMDDHH 格式。",
            remedy_en = "Pass the time as YYYYMMDDHH, for example 2018020912.",
            remedy_zh = "按 YYYYMMDDHH 传入时间，例如 2018020912。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the chat history time format is wrong (400 illegal_argument)")]
    ChatHistoryRequestUnsupported,
    /// `chat_history_expired`: Illegal arguments: appkey: {appkey}, time: {time}, maybe chat message history is expired or unstored
    ///
    /// the chat history is not ready or has expired
    ///
    /// 历史消息未生成或已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "chat_history_expired",
        message = "the chat history is not ready or has expired",
        detailed_message = "历史消息未生成或已过期",
        props(
            status = "400",
            template = "Illegal arguments: appkey: {appkey}, time: {time}, maybe chat message history is expired or unstored",
            cause_en = "The history file for that hour is not generated yet, or is older than the plan keeps messages.",
            cause_zh = "所查时段的历史消息文件尚未生成，或已超过套餐的存储时长。",
            remedy_en = "Ask again later, or for an hour within the plan's retention.",
            remedy_zh = "稍后再查，或查询存储时长内的时段。",
            error = "illegal_argument",
            advice = "inform_user"
        )
    )]
    #[error("the chat history is not ready or has expired (400 illegal_argument)")]
    ChatHistoryExpired,
    /// `invalid_group_field`: Some of [{fields}] are not valid fields
    ///
    /// a group field cannot be modified
    ///
    /// 群组信息中有不支持修改的字段
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_group_field",
        message = "a group field cannot be modified",
        detailed_message = "群组信息中有不支持修改的字段",
        props(
            status = "400",
            template = "Some of [{fields}] are not valid fields",
            cause_en = "The request to modify a group names a field that cannot change, such as groupid.",
            cause_zh = "修改群组信息时传入了不支持的参数，例如 groupid。",
            remedy_en = "Send only the group fields that may be modified.",
            remedy_zh = "只传入允许修改的群组字段。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("a group field cannot be modified (400 invalid_parameter)")]
    InvalidGroupField,
    /// `username_property_required`: Entity user requires a property named username
    ///
    /// the user ID (username) is missing
    ///
    /// 缺少用户 ID
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "username_property_required",
        message = "the user ID (username) is missing",
        detailed_message = "缺少用户 ID",
        props(
            status = "400",
            template = "Entity user requires a property named username",
            cause_en = "The change-password request gives no user ID.",
            cause_zh = "修改用户密码的请求没有提供用户 ID。",
            remedy_en = "Complete or correct the request body as the API reference describes, then send it again.",
            remedy_zh = "按接口文档补全或修正请求体后重新发送。",
            error = "required_property_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the user ID (username) is missing (400 required_property_not_found)")]
    UsernamePropertyRequired,
    /// `message_too_large`: message is too large
    ///
    /// the message is too large
    ///
    /// 消息体过大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_too_large",
        message = "the message is too large",
        detailed_message = "消息体过大",
        props(
            status = "400",
            template = "message is too large",
            cause_en = "The message body is over 40 KB.",
            cause_zh = "发送消息时消息体超过了 40 KB。",
            remedy_en = "Split it into smaller messages and send again.",
            remedy_zh = "把消息拆成几条更小的消息再发。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("the message is too large (400 illegal_argument)")]
    MessageTooLarge,
    /// `set_presence_failed`: set presence failed
    ///
    /// setting the presence failed
    ///
    /// 设置在线状态失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "set_presence_failed",
        message = "setting the presence failed",
        detailed_message = "设置在线状态失败",
        props(
            status = "400",
            template = "set presence failed",
            cause_en = "The server could not store the user's presence.",
            cause_zh = "服务端未能保存用户的在线状态。",
            remedy_en = "Retry later; contact support if it keeps failing.",
            remedy_zh = "稍后重试；持续失败请联系技术支持。",
            advice = "retry_with_backoff"
        )
    )]
    #[error("setting the presence failed (400)")]
    SetPresenceFailed,
    /// `presence_ext_too_big`: ext is too big
    ///
    /// the presence extension is too long
    ///
    /// 在线状态扩展信息过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "presence_ext_too_big",
        message = "the presence extension is too long",
        detailed_message = "在线状态扩展信息过长",
        props(
            status = "400",
            template = "ext is too big",
            cause_en = "The presence extension field is over its length limit.",
            cause_zh = "在线状态的扩展字段超过了长度上限。",
            remedy_en = "Shorten the extension and retry.",
            remedy_zh = "缩短扩展信息后重试。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("the presence extension is too long (400 illegal_argument)")]
    PresenceExtTooBig,
    /// `presence_resource_not_exist`: resource not exist
    ///
    /// the device resource does not exist
    ///
    /// 设备来源不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_resource_not_exist",
        message = "the device resource does not exist",
        detailed_message = "设备来源不存在",
        props(
            status = "400",
            template = "resource not exist",
            cause_en = "The device (resource) named in the request does not exist.",
            cause_zh = "指定的设备（resource）不存在。",
            remedy_en = "Use the resource of a device the user is online on.",
            remedy_zh = "使用用户当前在线设备的 resource。",
            advice = "fix_request"
        )
    )]
    #[error("the device resource does not exist (400)")]
    PresenceResourceNotExist,
    /// `cannot_subscribe_self`: you can't sub yourself
    ///
    /// users cannot subscribe to their own presence
    ///
    /// 不能订阅自己的在线状态
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "cannot_subscribe_self",
        message = "users cannot subscribe to their own presence",
        detailed_message = "不能订阅自己的在线状态",
        props(
            status = "400",
            template = "you can't sub yourself",
            cause_en = "The subscription list contains the requesting user.",
            cause_zh = "订阅列表中包含了发起请求的用户本人。",
            remedy_en = "Remove the user from their own subscription list.",
            remedy_zh = "从订阅列表中去掉自己。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("users cannot subscribe to their own presence (400 illegal_argument)")]
    CannotSubscribeSelf,
    /// `too_many_presence_subscriptions`: too many sub presence
    ///
    /// too many users to subscribe to
    ///
    /// 订阅的用户数超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "too_many_presence_subscriptions",
        message = "too many users to subscribe to",
        detailed_message = "订阅的用户数超过上限",
        props(
            status = "400",
            template = "too many sub presence",
            cause_en = "The request subscribes to more users than allowed.",
            cause_zh = "一次订阅的用户数量超过了上限。",
            remedy_en = "Subscribe in smaller batches.",
            remedy_zh = "分批订阅。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("too many users to subscribe to (400 illegal_argument)")]
    TooManyPresenceSubscriptions,
    /// `too_many_presence_gets`: too many get presences
    ///
    /// too many users to get presence for
    ///
    /// 查询在线状态的用户数超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "too_many_presence_gets",
        message = "too many users to get presence for",
        detailed_message = "查询在线状态的用户数超过上限",
        props(
            status = "400",
            template = "too many get presences",
            cause_en = "The request asks for the presence of more users than allowed.",
            cause_zh = "一次查询在线状态的用户数量超过了上限。",
            remedy_en = "Query in smaller batches.",
            remedy_zh = "分批查询。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("too many users to get presence for (400 illegal_argument)")]
    TooManyPresenceGets,
    /// `too_many_presence_unsubscriptions`: too many unsub presences
    ///
    /// too many users to unsubscribe from
    ///
    /// 取消订阅的用户数超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "too_many_presence_unsubscriptions",
        message = "too many users to unsubscribe from",
        detailed_message = "取消订阅的用户数超过上限",
        props(
            status = "400",
            template = "too many unsub presences",
            cause_en = "The request unsubscribes from more users than allowed.",
            cause_zh = "一次取消订阅的用户数量超过了上限。",
            remedy_en = "Unsubscribe in smaller batches.",
            remedy_zh = "分批取消订阅。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("too many users to unsubscribe from (400 illegal_argument)")]
    TooManyPresenceUnsubscriptions,
    /// `too_many_queries`: too many queries
    ///
    /// too many queries
    ///
    /// 查询次数超过限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "too_many_queries",
        message = "too many queries",
        detailed_message = "查询次数超过限制",
        props(
            status = "400",
            template = "too many queries",
            cause_en = "Presence queries exceeded their limit.",
            cause_zh = "在线状态查询的次数超过了限制。",
            remedy_en = "Query less often.",
            remedy_zh = "降低查询频率。",
            advice = "slow_down"
        )
    )]
    #[error("too many queries (400)")]
    TooManyQueries,
    /// `registration_closed`: registration is not open, please contact the app admin
    ///
    /// registration requires a valid app token
    ///
    /// 注册需要有效的 App Token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "registration_closed",
        message = "registration requires a valid app token",
        detailed_message = "注册需要有效的 App Token",
        props(
            status = "401",
            template = "registration is not open, please contact the app admin",
            cause_en = "The app only allows authorized registration and the request has no valid app token (missing, expired or malformed).",
            cause_zh = "应用为授权注册模式，注册用户时未带 App Token，或 Token 已过期、格式错误。",
            remedy_en = "Get a valid app token, put it in the Authorization header, and register again.",
            remedy_zh = "获取有效的 App Token 放入 Authorization 头后再注册。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("registration requires a valid app token (401 unauthorized)")]
    RegistrationClosed,
    /// `expired_access_token`: Unable to authenticate due to expired access token
    ///
    /// the access token has expired
    ///
    /// access token 已过期
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "expired_access_token",
        message = "the access token has expired",
        detailed_message = "access token 已过期",
        props(
            status = "401",
            template = "Unable to authenticate due to expired access token",
            cause_en = "The app token of the request has expired, or the request carries none.",
            cause_zh = "请求使用的 App Token 已过期，或没有携带 Token。",
            remedy_en = "Get a new app token and retry; refresh tokens before they expire.",
            remedy_zh = "重新获取 App Token 后重试；在过期前主动刷新。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("the access token has expired (401 unauthorized)")]
    ExpiredAccessToken,
    /// `corrupt_access_token`: Unable to authenticate due to corrupt access token
    ///
    /// the access token is malformed
    ///
    /// access token 格式错误
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "corrupt_access_token",
        message = "the access token is malformed",
        detailed_message = "access token 格式错误",
        props(
            status = "401",
            template = "Unable to authenticate due to corrupt access token",
            cause_en = "The token of the request is malformed (it has not merely expired).",
            cause_zh = "请求携带的 Token 格式不正确（不是过期）。",
            remedy_en = "Check the Authorization header reads Bearer followed by the whole token, then get a new one.",
            remedy_zh = "检查 Authorization 头是否为 Bearer 加完整 Token，再重新获取。",
            error = "auth_bad_access_token",
            advice = "refresh_token"
        )
    )]
    #[error("the access token is malformed (401 auth_bad_access_token)")]
    CorruptAccessToken,
    /// `unrecognized_access_token`: Unable to authenticate
    ///
    /// the access token is not recognised
    ///
    /// access token 无法识别
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "unrecognized_access_token",
        message = "the access token is not recognised",
        detailed_message = "access token 无法识别",
        props(
            status = "401",
            template = "Unable to authenticate",
            cause_en = "The app token of the request is invalid: its format is fine, but the server handling the request did not generate it, so the server cannot recognise it. Any API except the two that register users, one or in a batch, can return this.",
            cause_zh = "请求携带的 App Token 无效：它的格式没有问题，但并不是由处理这次请求的服务器生成的，所以服务器认不出它。除注册单个用户和批量注册用户两个接口外，其他接口都可能返回这个错误。",
            remedy_en = "Get a valid app token, then send the request again.",
            remedy_zh = "重新获取有效的 App Token 后再发请求。",
            error = "auth_bad_access_token",
            advice = "refresh_token"
        )
    )]
    #[error("the access token is not recognised (401 auth_bad_access_token)")]
    UnrecognizedAccessToken,
    /// `already_in_group`: can not join this group, reason:user: {username} already in group: {group_id}.
    ///
    /// the user is already in the group or chat room
    ///
    /// 用户已在群组或聊天室中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "already_in_group",
        message = "the user is already in the group or chat room",
        detailed_message = "用户已在群组或聊天室中",
        props(
            status = "403",
            template = "can not join this group, reason:user: {username} already in group: {group_id}.",
            cause_en = "The user to add is already a member of the group or chat room.",
            cause_zh = "添加成员时，被添加的用户已经在群组或聊天室里。",
            remedy_en = "Treat it as done; there is nothing to add.",
            remedy_zh = "视为成功，无需重复添加。",
            error = "forbidden_op",
            advice = "none"
        )
    )]
    #[error("the user is already in the group or chat room (403 forbidden_op)")]
    AlreadyInGroup,
    /// `not_group_members`: users [{usernames}] are not members of this group!
    ///
    /// the users are not members of the group or chat room
    ///
    /// 用户不在群组或聊天室中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "not_group_members",
        message = "the users are not members of the group or chat room",
        detailed_message = "用户不在群组或聊天室中",
        props(
            status = "403",
            template = "users [{usernames}] are not members of this group!",
            cause_en = "The users to remove are not members of the group or chat room.",
            cause_zh = "移除成员时，被移除的用户不在群组或聊天室里。",
            remedy_en = "Fetch the member list and remove only current members.",
            remedy_zh = "先查询成员列表，只移除现有成员。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the users are not members of the group or chat room (403 forbidden_op)")]
    NotGroupMembers,
    /// `not_room_members`: users [{usernames}] are not members of this group!
    ///
    /// the users are not members of the chat room
    ///
    /// 用户不在聊天室中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "not_room_members",
        message = "the users are not members of the chat room",
        detailed_message = "用户不在聊天室中",
        props(
            status = "400",
            template = "users [{usernames}] are not members of this group!",
            cause_en = "An operation on chat room members (removing, muting, allow or block listing) names users who are not in the room; the chat room APIs send this description with 400, the group APIs with 403.",
            cause_zh = "对聊天室成员执行操作（移出、禁言、加入黑白名单等）时，指定的用户不在该聊天室里；聊天室接口以 400 返回这一描述，群组接口以 403 返回。",
            remedy_en = "Fetch the room's member list and act on current members only.",
            remedy_zh = "先查询聊天室成员列表，只对现有成员操作。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the users are not members of the chat room (400 forbidden_op)")]
    NotRoomMembers,
    /// `new_owner_not_member`: user: {username} doesn't exist in group: {group_id}
    ///
    /// the new owner is not a member of the group
    ///
    /// 新群主不是群成员
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "new_owner_not_member",
        message = "the new owner is not a member of the group",
        detailed_message = "新群主不是群成员",
        props(
            status = "403",
            template = "user: {username} doesn't exist in group: {group_id}",
            cause_en = "The user to transfer the group to is not a member of it.",
            cause_zh = "转让群组时，接收方不是该群成员。",
            remedy_en = "Add the user to the group first, then transfer it.",
            remedy_zh = "先把该用户加入群组，再转让。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the new owner is not a member of the group (403 forbidden_op)")]
    NewOwnerNotMember,
    /// `same_owner`: new owner and old owner are the same.
    ///
    /// the new owner is already the owner
    ///
    /// 新旧群主相同
    ///
    /// Advice: `none`
    #[strum(
        serialize = "same_owner",
        message = "the new owner is already the owner",
        detailed_message = "新旧群主相同",
        props(
            status = "403",
            template = "new owner and old owner are the same.",
            cause_en = "The user to transfer the group to already owns it.",
            cause_zh = "转让群组时，接收方已经是群主。",
            remedy_en = "Nothing to transfer.",
            remedy_zh = "无需转让。",
            error = "forbidden_op",
            advice = "none"
        )
    )]
    #[error("the new owner is already the owner (403 forbidden_op)")]
    SameOwner,
    /// `forbidden_on_group_owner`: forbidden operation on group owner!
    ///
    /// the operation is not allowed on the group owner
    ///
    /// 不能对群主执行该操作
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "forbidden_on_group_owner",
        message = "the operation is not allowed on the group owner",
        detailed_message = "不能对群主执行该操作",
        props(
            status = "403",
            template = "forbidden operation on group owner!",
            cause_en = "The operation cannot target the group owner, such as adding the owner to the block list.",
            cause_zh = "该操作不能作用于群主，例如把群主加入黑名单。",
            remedy_en = "Pick another user, or transfer ownership first.",
            remedy_zh = "换一个目标用户，或先转让群主。",
            error = "forbidden_op",
            advice = "inform_user"
        )
    )]
    #[error("the operation is not allowed on the group owner (403 forbidden_op)")]
    ForbiddenOnGroupOwner,
    /// `joined_too_many_groups`: can not join this group, reason:user {username} has joined too many groups/chatroom!
    ///
    /// the user has joined too many groups or chat rooms
    ///
    /// 用户加入的群组或聊天室过多
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "joined_too_many_groups",
        message = "the user has joined too many groups or chat rooms",
        detailed_message = "用户加入的群组或聊天室过多",
        props(
            status = "403",
            template = "can not join this group, reason:user {username} has joined too many groups/chatroom!",
            cause_en = "The user reached the limit of groups or chat rooms one may join.",
            cause_zh = "用户加入的群组或聊天室数量达到了上限。",
            remedy_en = "Leave some groups first, or ask sales to raise the limit.",
            remedy_zh = "先退出部分群组，或联系商务提高上限。",
            error = "forbidden_op",
            advice = "inform_user"
        )
    )]
    #[error("the user has joined too many groups or chat rooms (403 forbidden_op)")]
    JoinedTooManyGroups,
    /// `too_many_groups_created`: this appKey has create too many groups/chatrooms!
    ///
    /// the app has too many groups or chat rooms
    ///
    /// 应用的群组或聊天室数量已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "too_many_groups_created",
        message = "the app has too many groups or chat rooms",
        detailed_message = "应用的群组或聊天室数量已达上限",
        props(
            status = "403",
            template = "this appKey has create too many groups/chatrooms!",
            cause_en = "The app reached its plan's limit of groups or chat rooms.",
            cause_zh = "该应用下的群组或聊天室数量达到了套餐上限。",
            remedy_en = "Dissolve unused groups, or upgrade the plan.",
            remedy_zh = "解散不用的群组，或升级套餐。",
            error = "forbidden_op",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app has too many groups or chat rooms (403 forbidden_op)")]
    TooManyGroupsCreated,
    /// `thread_not_open`: thread not open.
    ///
    /// threads are not enabled
    ///
    /// 子区功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "thread_not_open",
        message = "threads are not enabled",
        detailed_message = "子区功能未开通",
        props(
            status = "403",
            template = "thread not open.",
            cause_en = "The app has not enabled threads.",
            cause_zh = "应用未开通子区功能。",
            remedy_en = "Enable threads in the console.",
            remedy_zh = "在控制台开通子区功能。",
            error = "group_error",
            advice = "enable_service"
        )
    )]
    #[error("threads are not enabled (403 group_error)")]
    ThreadNotOpen,
    /// `broadcast_not_open`: message broadcast service is unopened
    ///
    /// chat room broadcast is not enabled
    ///
    /// 聊天室广播消息未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "broadcast_not_open",
        message = "chat room broadcast is not enabled",
        detailed_message = "聊天室广播消息未开通",
        props(
            status = "403",
            template = "message broadcast service is unopened",
            cause_en = "The app has not enabled chat room broadcast messages.",
            cause_zh = "应用未开通发送聊天室广播消息的功能。",
            remedy_en = "Enable it in the console or ask sales.",
            remedy_zh = "在控制台开通或联系商务。",
            error = "forbidden_op",
            advice = "enable_service"
        )
    )]
    #[error("chat room broadcast is not enabled (403 forbidden_op)")]
    BroadcastNotOpen,
    /// `roaming_not_open`: this appKey not open message roaming
    ///
    /// message roaming is not enabled
    ///
    /// 消息漫游未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "roaming_not_open",
        message = "message roaming is not enabled",
        detailed_message = "消息漫游未开通",
        props(
            status = "400",
            template = "this appKey not open message roaming",
            cause_en = "The app has not enabled message roaming.",
            cause_zh = "应用未开通消息漫游服务。",
            remedy_en = "Enable message roaming in the console.",
            remedy_zh = "在控制台开通消息漫游。",
            error = "service open exception",
            advice = "enable_service"
        )
    )]
    #[error("message roaming is not enabled (400 service open exception)")]
    RoamingNotOpen,
    /// `presence_not_open`: the app not open presence
    ///
    /// presence is not enabled
    ///
    /// 在线状态订阅未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "presence_not_open",
        message = "presence is not enabled",
        detailed_message = "在线状态订阅未开通",
        props(
            status = "400",
            template = "the app not open presence",
            cause_en = "The app has not enabled the presence service.",
            cause_zh = "应用未开通在线状态（presence）服务。",
            remedy_en = "Enable presence in the console.",
            remedy_zh = "在控制台开通在线状态订阅。",
            error = "service open exception",
            advice = "enable_service"
        )
    )]
    #[error("presence is not enabled (400 service open exception)")]
    PresenceNotOpen,
    /// `rewrite_not_open`: The rewrite message feature is not open.
    ///
    /// message editing is not enabled
    ///
    /// 消息修改功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "rewrite_not_open",
        message = "message editing is not enabled",
        detailed_message = "消息修改功能未开通",
        props(
            status = "403",
            template = "The rewrite message feature is not open.",
            cause_en = "The app has not enabled message editing.",
            cause_zh = "应用未开通修改消息的功能。",
            remedy_en = "Enable message editing in the console.",
            remedy_zh = "在控制台开通消息修改功能。",
            error = "message_rewrite_error",
            advice = "enable_service"
        )
    )]
    #[error("message editing is not enabled (403 message_rewrite_error)")]
    RewriteNotOpen,
    /// `reaction_not_open`: this appKey is not open reaction service!
    ///
    /// reactions are not enabled
    ///
    /// Reaction 功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "reaction_not_open",
        message = "reactions are not enabled",
        detailed_message = "Reaction 功能未开通",
        props(
            status = "400",
            template = "this appKey is not open reaction service!",
            cause_en = "The app has not enabled message reactions.",
            cause_zh = "应用未开通消息表情回复（Reaction）功能。",
            remedy_en = "Enable reactions in the console.",
            remedy_zh = "在控制台开通 Reaction 功能。",
            error = "Bad Request",
            advice = "enable_service"
        )
    )]
    #[error("reactions are not enabled (400 Bad Request)")]
    ReactionNotOpen,
    /// `user_metadata_not_open`: {appkey} user metadata service not allow
    ///
    /// user attributes are not enabled
    ///
    /// 用户属性功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "user_metadata_not_open",
        message = "user attributes are not enabled",
        detailed_message = "用户属性功能未开通",
        props(
            status = "403",
            template = "{appkey} user metadata service not allow",
            cause_en = "The app has not enabled user attributes.",
            cause_zh = "应用未开通用户属性功能。",
            remedy_en = "Enable user attributes in the console.",
            remedy_zh = "在控制台开通用户属性功能。",
            error = "FORBIDDEN",
            advice = "enable_service"
        )
    )]
    #[error("user attributes are not enabled (403 FORBIDDEN)")]
    UserMetadataNotOpen,
    /// `resource_not_found`: Service resource not found
    ///
    /// the resource does not exist
    ///
    /// 资源不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "resource_not_found",
        message = "the resource does not exist",
        detailed_message = "资源不存在",
        props(
            status = "404",
            template = "Service resource not found",
            cause_en = "The user, group or chat room the URL names does not exist; a user still listed may be stale data.",
            cause_zh = "URL 指定的用户、群组或聊天室不存在；用户列表中仍能看到的用户可能是脏数据。",
            remedy_en = "Check the ID in the URL; to clean stale data, delete the user by uuid and register again.",
            remedy_zh = "核对 URL 中的 ID；清理脏数据时可用 uuid 删除用户后重新注册。",
            error = "service_resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the resource does not exist (404 service_resource_not_found)")]
    ResourceNotFound,
    /// `chat_history_not_found`: Failed to find chat message history download url for appkey: {appkey}, time: {time}.
    ///
    /// no chat history for that hour
    ///
    /// 该时段没有历史消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "chat_history_not_found",
        message = "no chat history for that hour",
        detailed_message = "该时段没有历史消息",
        props(
            status = "404",
            template = "Failed to find chat message history download url for appkey: {appkey}, time: {time}.",
            cause_en = "There is no chat history file for the hour asked for.",
            cause_zh = "所查时段没有历史消息文件。",
            remedy_en = "Check there were messages in that hour; if there were, contact support.",
            remedy_zh = "确认该时段有消息；确有消息时联系技术支持。",
            error = "storage_object_not_found",
            advice = "inform_user"
        )
    )]
    #[error("no chat history for that hour (404 storage_object_not_found)")]
    ChatHistoryNotFound,
    /// `request_entity_too_large`: Request Entity Too Large
    ///
    /// the request body is too large
    ///
    /// 请求体过大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "request_entity_too_large",
        message = "the request body is too large",
        detailed_message = "请求体过大",
        props(
            status = "413",
            template = "Request Entity Too Large",
            cause_en = "The request body or the uploaded file is over the limit.",
            cause_zh = "请求体或上传的文件超过上限。",
            remedy_en = "Split it into smaller requests and retry.",
            remedy_zh = "拆成几个更小的请求体重试。",
            error = "Request Entity Too Large",
            advice = "split_payload"
        )
    )]
    #[error("the request body is too large (413 Request Entity Too Large)")]
    RequestEntityTooLarge,
    /// `unsupported_media_type`: Unsupported Media Type.
    ///
    /// the media type is not supported
    ///
    /// 请求体类型不受支持
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "unsupported_media_type",
        message = "the media type is not supported",
        detailed_message = "请求体类型不受支持",
        props(
            status = "415",
            template = "Unsupported Media Type.",
            cause_en = "The Content-Type header does not match the body, or the endpoint does not accept that type.",
            cause_zh = "请求头的 Content-Type 与请求体不符，或接口不接受该类型。",
            remedy_en = "Set Content-Type as the endpoint requires, usually application/json.",
            remedy_zh = "按接口要求设置 Content-Type（通常为 application/json）。",
            error = "web_application",
            advice = "fix_request"
        )
    )]
    #[error("the media type is not supported (415 web_application)")]
    UnsupportedMediaType,
    /// `free_edition_limit`: You have exceeded the limit of the Free edition. Please upgrade to higher edition.
    ///
    /// the free edition's limit was exceeded
    ///
    /// 超过免费版限制
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "free_edition_limit",
        message = "the free edition's limit was exceeded",
        detailed_message = "超过免费版限制",
        props(
            status = "429",
            template = "You have exceeded the limit of the Free edition. Please upgrade to higher edition.",
            cause_en = "Usage went over the limits of the free edition.",
            cause_zh = "使用量超过了免费版套餐的限制。",
            remedy_en = "Upgrade the plan; contact sales@agora.io.",
            remedy_zh = "升级套餐，联系 sales@agora.io。",
            error = "resource_limited",
            advice = "upgrade_plan"
        )
    )]
    #[error("the free edition's limit was exceeded (429 resource_limited)")]
    FreeEditionLimit,
    /// `api_rate_limited`: This request has reached api limit
    ///
    /// the API rate limit was reached
    ///
    /// 超过接口调用频率限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "api_rate_limited",
        message = "the API rate limit was reached",
        detailed_message = "超过接口调用频率限制",
        props(
            status = "429",
            template = "This request has reached api limit",
            cause_en = "Calls per second went over the endpoint's rate limit.",
            cause_zh = "每秒调用次数超过了该接口的限流阈值。",
            remedy_en = "Space out the calls and retry with backoff; if the limit is too low for your business, ask sales to raise it.",
            remedy_zh = "加大调用间隔并退避重试；长期不够用时联系商务调整限流。",
            error = "reach_limit",
            advice = "slow_down"
        )
    )]
    #[error("the API rate limit was reached (429 reach_limit)")]
    ApiRateLimited,
    /// `no_full_text_index`: Entity 'user' with property named 'username' is not full text indexed. You cannot use the 'contains' operand on this field
    ///
    /// username has no full-text index
    ///
    /// username 不支持全文索引
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "no_full_text_index",
        message = "username has no full-text index",
        detailed_message = "username 不支持全文索引",
        props(
            status = "500",
            template = "Entity 'user' with property named 'username' is not full text indexed. You cannot use the 'contains' operand on this field",
            cause_en = "The query uses contains on username, which has no full-text index.",
            cause_zh = "对 username 字段使用了 contains 查询，而该字段没有全文索引。",
            remedy_en = "Query by exact value instead.",
            remedy_zh = "改用精确查询。",
            error = "no_full_text_index",
            advice = "fix_request"
        )
    )]
    #[error("username has no full-text index (500 no_full_text_index)")]
    NoFullTextIndex,
    /// `unsupported_service_operation`: Service operation not supported
    ///
    /// the service operation is not supported
    ///
    /// 请求方式不被支持
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "unsupported_service_operation",
        message = "the service operation is not supported",
        detailed_message = "请求方式不被支持",
        props(
            status = "500",
            template = "Service operation not supported",
            cause_en = "The URL does not support the HTTP method used.",
            cause_zh = "该 URL 不支持所用的请求方法。",
            remedy_en = "Use the method the API reference gives.",
            remedy_zh = "按接口文档使用正确的请求方法。",
            error = "unsupported_service_operation",
            advice = "fix_request"
        )
    )]
    #[error("the service operation is not supported (500 unsupported_service_operation)")]
    UnsupportedServiceOperation,
    /// `web_application_exception`: javax.ws.rs.WebApplicationException
    ///
    /// the request URL is wrong
    ///
    /// 请求 URL 错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "web_application_exception",
        message = "the request URL is wrong",
        detailed_message = "请求 URL 错误",
        props(
            status = "500",
            template = "javax.ws.rs.WebApplicationException",
            cause_en = "The request went to an endpoint that does not exist.",
            cause_zh = "请求发往了一个不存在的接口。",
            remedy_en = "Check the request URL.",
            remedy_zh = "核对请求 URL。",
            error = "web_application",
            advice = "fix_request"
        )
    )]
    #[error("the request URL is wrong (500 web_application)")]
    WebApplicationException,
    /// `username_not_legal`: username {username} is not legal
    ///
    /// the given user ID is not allowed
    ///
    /// 用户 ID 不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "username_not_legal",
        message = "the given user ID is not allowed",
        detailed_message = "用户 ID 不合法",
        props(
            status = "400",
            template = "username {username} is not legal",
            cause_en = "The user ID in the request has characters or a length the service does not allow; both the register-user and the favorite APIs check it.",
            cause_zh = "请求中的用户 ID 含有不支持的字符或超出长度限制；注册用户与用户收藏的接口都会做这项校验。",
            remedy_en = "Fix the user ID to follow the register-user rules (at most 64 bytes of letters, digits, `_`, `-` and `.`), then retry.",
            remedy_zh = "按注册用户接口的规则修正用户 ID（不超过 64 字节，只用字母、数字、下划线、短横线和点）后重试。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the given user ID is not allowed (400 illegal_argument)")]
    UsernameNotLegal,
    /// `oauth_authentication_failed`: Unable to authenticate (OAuth)
    ///
    /// the token failed OAuth authentication
    ///
    /// token 鉴权失败
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "oauth_authentication_failed",
        message = "the token failed OAuth authentication",
        detailed_message = "token 鉴权失败",
        props(
            status = "401",
            template = "Unable to authenticate (OAuth)",
            cause_en = "The app token of the request is not valid: it has expired, is wrong, or belongs to another app.",
            cause_zh = "请求携带的 App Token 无效：已经过期、内容有误，或不属于该应用。",
            remedy_en = "Get a new app token, put it in the Authorization header as `Bearer <token>`, and send the request again.",
            remedy_zh = "重新获取 App Token，以 Bearer 加空格加 token 的形式放入 Authorization 头后重发请求。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("the token failed OAuth authentication (401 unauthorized)")]
    OauthAuthenticationFailed,
    /// `group_or_room_id_not_found`: grpID {group_id} does not exist!
    ///
    /// the group or chat room does not exist
    ///
    /// 群组或聊天室不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_or_room_id_not_found",
        message = "the group or chat room does not exist",
        detailed_message = "群组或聊天室不存在",
        props(
            status = "404",
            template = "grpID {group_id} does not exist!",
            cause_en = "The group or chat room ID in the request does not exist: it is mistyped, or the group or room has been dissolved.",
            cause_zh = "请求中的群组 ID 或聊天室 ID 不存在：可能写错了，或该群组、聊天室已被解散。",
            remedy_en = "Check the ID and use one of an existing group or chat room, then retry.",
            remedy_zh = "核对 ID，改用一个存在的群组或聊天室 ID 后重试。",
            error = "resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the group or chat room does not exist (404 resource_not_found)")]
    GroupOrRoomIdNotFound,
    /// `group_or_room_not_found`: do not find this group:{group_id}
    ///
    /// no group or chat room has this ID
    ///
    /// 找不到该群组或聊天室
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_or_room_not_found",
        message = "no group or chat room has this ID",
        detailed_message = "找不到该群组或聊天室",
        props(
            status = "404",
            template = "do not find this group:{group_id}",
            cause_en = "The ID given to fetch chat room details or the members of a group or chat room matches no group or chat room.",
            cause_zh = "获取聊天室详情或群组、聊天室成员列表时，传入的 ID 没有对应的群组或聊天室。",
            remedy_en = "Check the ID and use one of an existing group or chat room, then retry.",
            remedy_zh = "核对 ID，改用一个存在的群组或聊天室 ID 后重试。",
            error = "service_resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("no group or chat room has this ID (404 service_resource_not_found)")]
    GroupOrRoomNotFound,
    /// `required_field_missing`: {field} must be provided
    ///
    /// a required field is missing
    ///
    /// 缺少必填字段
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "required_field_missing",
        message = "a required field is missing",
        detailed_message = "缺少必填字段",
        props(
            status = "400",
            template = "{field} must be provided",
            cause_en = "The request to create a group or chat room lacks the required field named at the start of the description.",
            cause_zh = "创建群组或聊天室的请求体缺少描述开头指出的那个必填字段。",
            remedy_en = "Add that field, then send the request again.",
            remedy_zh = "补上该字段后重新发送请求。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("a required field is missing (400 invalid_parameter)")]
    RequiredFieldMissing,
    /// `group_or_room_id_taken`: group ID {group_id} already exists!
    ///
    /// the group or chat room ID is already taken
    ///
    /// 群组或聊天室 ID 已被占用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_or_room_id_taken",
        message = "the group or chat room ID is already taken",
        detailed_message = "群组或聊天室 ID 已被占用",
        props(
            status = "400",
            template = "group ID {group_id} already exists!",
            cause_en = "The ID chosen for a new group or chat room already belongs to another one.",
            cause_zh = "创建群组或聊天室时指定的 ID 已经属于另一个群组或聊天室。",
            remedy_en = "Pick an ID that is not in use, then create it again.",
            remedy_zh = "换一个未被占用的 ID 后重新创建。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the group or chat room ID is already taken (400 illegal_argument)")]
    GroupOrRoomIdTaken,
    /// `members_over_max_users`: members size is greater than max user size !
    ///
    /// more members than the group or chat room allows
    ///
    /// 成员数超过上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "members_over_max_users",
        message = "more members than the group or chat room allows",
        detailed_message = "成员数超过上限",
        props(
            status = "403",
            template = "members size is greater than max user size !",
            cause_en = "The members given when creating a chat room or group exceed its member limit (1 to 10,000 for a chat room), or one request adds more than 60 members to a group.",
            cause_zh = "创建聊天室或群组时带入的成员数超过了成员数上限（聊天室的上限取值为 1 到 10,000），或一次向群组添加的成员超过 60 个。",
            remedy_en = "Pass fewer members, or add them in batches; ask sales if you really need a higher limit.",
            remedy_zh = "减少本次带入的成员，或分批添加；确需更高上限时联系商务。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("more members than the group or chat room allows (403 exceed_limit)")]
    MembersOverMaxUsers,
    /// `target_username_not_found`: username {username} doesn't exist!
    ///
    /// the user does not exist
    ///
    /// 用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "target_username_not_found",
        message = "the user does not exist",
        detailed_message = "用户不存在",
        props(
            status = "404",
            template = "username {username} doesn't exist!",
            cause_en = "A user ID in the request does not exist: a member given when creating a group or chat room, a member to add or remove, a user to make or unmake admin, or the new owner.",
            cause_zh = "请求中指定的用户 ID 不存在，例如创建群组或聊天室时带入的成员、要添加或移除的成员、要设为或撤销管理员的用户，或新的所有者。",
            remedy_en = "Register the user first, or use an existing user ID, then retry.",
            remedy_zh = "先注册该用户，或改用存在的用户 ID 后重试。",
            error = "resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the user does not exist (404 resource_not_found)")]
    TargetUsernameNotFound,
    /// `kick_members_over_limit`: kickMember: kickMembers number more than maxSize : 60
    ///
    /// more than 60 members to remove at once
    ///
    /// 一次移除的成员超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "kick_members_over_limit",
        message = "more than 60 members to remove at once",
        detailed_message = "一次移除的成员超过 60 个",
        props(
            status = "400",
            template = "kickMember: kickMembers number more than maxSize : 60",
            cause_en = "A batch removal of group or chat room members names more than 60 user IDs (the chat room page says 100 in its API description, but this error enforces 60).",
            cause_zh = "批量移除群组或聊天室成员时，一次传入的用户 ID 超过 60 个（聊天室文档的接口说明写的是 100 个，但该错误按 60 个判断）。",
            remedy_en = "Remove at most 60 users per request, in batches.",
            remedy_zh = "每次最多传 60 个用户 ID，分批移除。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 members to remove at once (400 invalid_parameter)")]
    KickMembersOverLimit,
    /// `member_list_over_limit`: usernames size is more than max limit : 60
    ///
    /// more than 60 users in one request
    ///
    /// 一次传入的用户超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "member_list_over_limit",
        message = "more than 60 users in one request",
        detailed_message = "一次传入的用户超过 60 个",
        props(
            status = "400",
            template = "usernames size is more than max limit : 60",
            cause_en = "A batch request to add users to a group's or chat room's allow list, or to mute group or chat room members, names more than 60 user IDs.",
            cause_zh = "批量把用户加入群组或聊天室白名单，或批量禁言群组或聊天室成员时，一次传入的用户 ID 超过 60 个。",
            remedy_en = "Pass at most 60 user IDs per request, in batches.",
            remedy_zh = "每次最多传 60 个用户 ID，分批处理。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 users in one request (400 invalid_parameter)")]
    MemberListOverLimit,
    /// `allowlist_remove_over_limit`: removeWhitelist size is more than max limit : 60
    ///
    /// more than 60 users to remove from the allow list
    ///
    /// 一次移出白名单的用户超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "allowlist_remove_over_limit",
        message = "more than 60 users to remove from the allow list",
        detailed_message = "一次移出白名单的用户超过 60 个",
        props(
            status = "400",
            template = "removeWhitelist size is more than max limit : 60",
            cause_en = "A batch removal from a group's or chat room's allow list names more than 60 user IDs.",
            cause_zh = "批量把用户移出群组或聊天室白名单时，一次传入的用户 ID 超过 60 个。",
            remedy_en = "Remove at most 60 users per request, in batches.",
            remedy_zh = "每次最多传 60 个用户 ID，分批移除。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 users to remove from the allow list (400 invalid_parameter)")]
    AllowlistRemoveOverLimit,
    /// `invalid_request_body`: Request body is invalid. Please check body is correct.
    ///
    /// the request body is invalid
    ///
    /// 请求体格式不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "invalid_request_body",
        message = "the request body is invalid",
        detailed_message = "请求体格式不正确",
        props(
            status = "400",
            template = "Request body is invalid. Please check body is correct.",
            cause_en = "A field of the body has the wrong type or shape for the API, for example when sending, importing or editing messages or deleting conversations.",
            cause_zh = "请求体中有字段的类型或结构不符合接口要求，例如发送、导入、修改消息或删除会话时字段类型写错。",
            remedy_en = "Check each field's name and type against the API reference, fix them, then send again.",
            remedy_zh = "按接口文档逐一核对字段名称与类型，修正后重新发送。",
            error = "invalid_request_body",
            advice = "fix_request"
        )
    )]
    #[error("the request body is invalid (400 invalid_request_body)")]
    InvalidRequestBody,
    /// `group_join_limit_reached`: user {username} has joined too many groups!
    ///
    /// the user has joined too many groups
    ///
    /// 用户加入的群组数已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_join_limit_reached",
        message = "the user has joined too many groups",
        detailed_message = "用户加入的群组数已达上限",
        props(
            status = "403",
            template = "user {username} has joined too many groups!",
            cause_en = "The user to put in a new group or to add to a group is already in as many groups as the plan allows.",
            cause_zh = "创建群组或添加群成员时，所涉及的用户加入的群组数已达到套餐允许的上限。",
            remedy_en = "Have the user leave groups they no longer use, or upgrade the plan or ask sales to raise the limit.",
            remedy_zh = "让该用户先退出不用的群组，或升级套餐、联系商务提高上限。",
            error = "exceed_limit",
            advice = "inform_user"
        )
    )]
    #[error("the user has joined too many groups (403 exceed_limit)")]
    GroupJoinLimitReached,
    /// `application_already_exists`: Application {app} already exists
    ///
    /// an application with this name already exists
    ///
    /// 应用名称已被占用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "application_already_exists",
        message = "an application with this name already exists",
        detailed_message = "应用名称已被占用",
        props(
            status = "400",
            template = "Application {app} already exists",
            cause_en = "A request to create an application in an organization names an application the organization already has.",
            cause_zh = "通过管理接口在组织下创建应用时，该组织中已有同名的应用。",
            remedy_en = "Create the application under another name, or use the existing application instead of creating it again.",
            remedy_zh = "换一个应用名称再创建；若要使用已有的应用，直接调用它，不必重新创建。",
            error = "application_already_exists",
            advice = "fix_request"
        )
    )]
    #[error("an application with this name already exists (400 application_already_exists)")]
    ApplicationAlreadyExists,
    /// `application_not_in_organization`: Application {app} does not exist for organization {org}
    ///
    /// the organization has no such application
    ///
    /// 组织下没有该应用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "application_not_in_organization",
        message = "the organization has no such application",
        detailed_message = "组织下没有该应用",
        props(
            status = "404",
            template = "Application {app} does not exist for organization {org}",
            cause_en = "A management request for an application's details names an application the organization does not have. Newer servers answer the same request with organization_application_not_found.",
            cause_zh = "通过管理接口查询应用信息时，URL 中的应用名在该组织下不存在。较新的服务对同样的请求返回 organization_application_not_found。",
            remedy_en = "Check the organization and application names in the console, then send the request with the right ones.",
            remedy_zh = "在控制台核对组织名与应用名，用正确的名称重新请求。",
            error = "entity_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the organization has no such application (404 entity_not_found)")]
    ApplicationNotInOrganization,
    /// `no_organization_access`: No organization access authorized
    ///
    /// no access to the organization
    ///
    /// 无权访问该组织
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "no_organization_access",
        message = "no access to the organization",
        detailed_message = "无权访问该组织",
        props(
            status = "401",
            template = "No organization access authorized",
            cause_en = "A call to an organization-level management API, such as creating or listing applications, carries no token of an administrator of that organization, or a token of another one; a valid token also gets this answer when the organization in the URL does not exist.",
            cause_zh = "调用组织级管理接口（如创建或列出应用）时，请求没有带该组织管理员的 token，或所带的 token 属于别的组织；URL 中的组织不存在时，即使 token 有效也返回这一描述。",
            remedy_en = "Organization management APIs need an organization admin token, obtained with the console account; neither an app admin token nor a user token will do. Also check the organization name in the URL. Refreshing the same kind of token does not help.",
            remedy_zh = "组织管理接口需要组织管理员 token（用控制台账号获取），App 管理员 token 和用户 token 都不行；同时核对 URL 中的组织名。刷新同一种 token 无济于事。",
            error = "unauthorized",
            advice = "fix_request"
        )
    )]
    #[error("no access to the organization (401 unauthorized)")]
    NoOrganizationAccess,
    /// `no_admin_user_access`: No admin user access authorized
    ///
    /// the call needs admin access
    ///
    /// 该接口需要管理员权限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "no_admin_user_access",
        message = "the call needs admin access",
        detailed_message = "该接口需要管理员权限",
        props(
            status = "401",
            template = "No admin user access authorized",
            cause_en = "An API open only to administrators, such as the batch query of users' online status, was called without a token or with a token that is not an admin token.",
            cause_zh = "调用只对管理员开放的接口（例如批量查询用户在线状态）时，请求没有带 token，或带的不是管理员 token。",
            remedy_en = "Send the app admin token, obtained with the client ID and client secret, in the Authorization header; a user token lacks this right, and refreshing it does not help.",
            remedy_zh = "在 Authorization 头中带上 App 管理员 token（用 Client ID 与 Client Secret 获取）后重新请求；用户 token 没有这项权限，刷新它也无济于事。",
            error = "unauthorized",
            advice = "fix_request"
        )
    )]
    #[error("the call needs admin access (401 unauthorized)")]
    NoAdminUserAccess,
    /// `subject_lacks_permission`: Subject does not have permission [{permission}]
    ///
    /// the caller lacks the permission for the operation
    ///
    /// 调用者没有该操作的权限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "subject_lacks_permission",
        message = "the caller lacks the permission for the operation",
        detailed_message = "调用者没有该操作的权限",
        props(
            status = "401",
            template = "Subject does not have permission [{permission}]",
            cause_en = "The permission check of the older service refused the request: its token is empty, or lacks the permission the description names. The permission string is the method, the application UUID and the resource path, such as `applications:get:<app UUID>:/users`. Since late 2019 the service answers a request without a token with `Unable to authenticate (OAuth)` instead.",
            cause_zh = "旧版服务的权限检查拒绝了请求：所带的 token 为空，或不具备描述中写明的权限。权限串由方法、应用 UUID 与资源路径组成，例如 applications:get:<应用 UUID>:/users。2019 年底起，服务对不带 token 的请求改为返回 Unable to authenticate (OAuth)。",
            remedy_en = "User management calls (registering, reading and deleting users, adding contacts) need the app admin token; a user token only acts as that user. Send a token that holds the permission, then retry; refreshing the same token does not help.",
            remedy_zh = "用户管理类接口（注册、查询、删除用户，添加好友等）需要 App 管理员 token；用户 token 只能以该用户本人的身份操作。换用具有该权限的 token 后再发，刷新同一个 token 无济于事。",
            error = "unauthorized",
            advice = "fix_request"
        )
    )]
    #[error("the caller lacks the permission for the operation (401 unauthorized)")]
    SubjectLacksPermission,
    /// `group_service_token_blank`: token is blank!
    ///
    /// the request carries no token
    ///
    /// 请求没有带 token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "group_service_token_blank",
        message = "the request carries no token",
        detailed_message = "请求没有带 token",
        props(
            status = "401",
            template = "token is blank!",
            cause_en = "A call to a group or chat room API, such as creating a group or a chat room, has no Authorization header or an empty token in it.",
            cause_zh = "调用群组或聊天室接口（例如创建群组、创建聊天室）时，请求没有 Authorization 头，或其中的 token 为空。",
            remedy_en = "Obtain an app admin token and send it in the `Authorization: Bearer` header; get a new one when it expires.",
            remedy_zh = "获取 App 管理员 token，放在 Authorization: Bearer 头中后重新请求；token 过期时重新获取。",
            error = "group_authorization",
            advice = "refresh_token"
        )
    )]
    #[error("the request carries no token (401 group_authorization)")]
    GroupServiceTokenBlank,
    /// `mute_targets_not_members`: users [{usernames}] are not members of this group!
    ///
    /// users to mute are not members
    ///
    /// 要禁言的用户不是成员
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "mute_targets_not_members",
        message = "users to mute are not members",
        detailed_message = "要禁言的用户不是成员",
        props(
            status = "400",
            template = "users [{usernames}] are not members of this group!",
            cause_en = "A request to mute members of a group or chat room names users who are not in it, or who do not exist. Removing members gets the same description with forbidden_op.",
            cause_zh = "添加群组或聊天室禁言时，指定的用户不在该群组或聊天室中，或根本不存在。移除成员时，同一描述以 forbidden_op 返回。",
            remedy_en = "Fetch the member list and mute current members only.",
            remedy_zh = "先查询成员列表，只对现有成员禁言。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("users to mute are not members (400 invalid_parameter)")]
    MuteTargetsNotMembers,
    /// `member_list_full`: group member list is full!
    ///
    /// the group or chat room is full
    ///
    /// 群组或聊天室成员已满
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "member_list_full",
        message = "the group or chat room is full",
        detailed_message = "群组或聊天室成员已满",
        props(
            status = "403",
            template = "group member list is full!",
            cause_en = "Joining or adding members finds the group or chat room at its maximum member count (maxusers). Groups and chat rooms send the same description; the Web SDK tells them apart by the request URL.",
            cause_zh = "加入或添加成员时，群组或聊天室的成员数已达到最大成员数（maxusers）。群组与聊天室返回同一描述，Web SDK 按请求地址区分二者。",
            remedy_en = "Tell the user they cannot join for now; the owner or an admin can remove inactive members, or raise maxusers within what the plan allows.",
            remedy_zh = "告知用户暂时无法加入；群主或管理员可以移除不活跃的成员，或在套餐允许的范围内调大 maxusers。",
            advice = "inform_user"
        )
    )]
    #[error("the group or chat room is full (403)")]
    MemberListFull,
    /// `request_body_not_readable`: Request body not readable.Please check content type is correct!
    ///
    /// the request body cannot be read
    ///
    /// 无法读取请求体
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "request_body_not_readable",
        message = "the request body cannot be read",
        detailed_message = "无法读取请求体",
        props(
            status = "400",
            template = "Request body not readable.Please check content type is correct!",
            cause_en = "The server cannot parse the body: Content-Type is not application/json, or the body is not valid JSON.",
            cause_zh = "服务器无法解析请求体：Content-Type 不是 application/json，或请求体不是合法的 JSON。",
            remedy_en = "Set `Content-Type: application/json` and serialize the body with a JSON library, then send it again.",
            remedy_zh = "设置 Content-Type: application/json，并用 JSON 库序列化请求体后再发送。",
            advice = "fix_request"
        )
    )]
    #[error("the request body cannot be read (400)")]
    RequestBodyNotReadable,
    /// `aigc_internal_server_error`: Internal Server Error
    ///
    /// the AIGC API failed internally
    ///
    /// AIGC 接口内部出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "aigc_internal_server_error",
        message = "the AIGC API failed internally",
        detailed_message = "AIGC 接口内部出错",
        props(
            status = "500",
            template = "Internal Server Error",
            cause_en = "The service failed internally while handling an AIGC API call, such as listing the bots; unreasonable request parameters can also cause it.",
            cause_zh = "调用 AIGC 相关接口（如查询机器人列表）时服务内部出错，也可能由不合理的请求参数引起。",
            remedy_en = "Check that the request parameters are reasonable; if they are, retry later with backoff, and contact support if it keeps failing.",
            remedy_zh = "先检查请求参数是否合理；参数无误时稍后退避重试，仍失败则联系技术支持。",
            error = "Internal Server Error",
            advice = "retry_with_backoff"
        )
    )]
    #[error("the AIGC API failed internally (500 Internal Server Error)")]
    AigcInternalServerError,
    /// `aigc_request_param_error`: Request param error
    ///
    /// a parameter of the AIGC API request is wrong
    ///
    /// AIGC 接口的请求参数有误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "aigc_request_param_error",
        message = "a parameter of the AIGC API request is wrong",
        detailed_message = "AIGC 接口的请求参数有误",
        props(
            status = "400",
            template = "Request param error",
            cause_en = "A parameter of an AIGC API request is missing or has an invalid value.",
            cause_zh = "调用 AIGC 相关接口时，请求参数缺失或取值不合法。",
            remedy_en = "Check the parameters against the reference, fix them, then send again.",
            remedy_zh = "对照接口文档检查并修正请求参数后再发送。",
            error = "Bad Request",
            advice = "fix_request"
        )
    )]
    #[error("a parameter of the AIGC API request is wrong (400 Bad Request)")]
    AigcRequestParamError,
}

/// errors of the message APIs
///
/// 消息相关接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum MessageError {
    /// `message_chatfile_ids_too_many`: chatfile_ids size is too large
    ///
    /// too many attachment file IDs in one request
    ///
    /// 一次传入的附件文件 ID 过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_chatfile_ids_too_many",
        message = "too many attachment file IDs in one request",
        detailed_message = "一次传入的附件文件 ID 过多",
        props(
            status = "400",
            template = "chatfile_ids size is too large",
            cause_en = "The request to set how long attachments are kept lists more than 100 IDs in `chatfile_ids`.",
            cause_zh = "设置附件存储时长的请求中 chatfile_ids 超过 100 个。",
            remedy_en = "Send the file IDs in batches of at most 100.",
            remedy_zh = "把文件 ID 分批发送，每次不超过 100 个。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("too many attachment file IDs in one request (400 illegal_argument)")]
    MessageChatfileIdsTooMany,
    /// `message_attachment_lifetime_invalid`: lifetime must be either 'forever' or 'default' or 'refresh'。
    ///
    /// the attachment `lifetime` value is not allowed
    ///
    /// 附件存储时长取值不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_attachment_lifetime_invalid",
        message = "the attachment `lifetime` value is not allowed",
        detailed_message = "附件存储时长取值不合法",
        props(
            status = "400",
            template = "lifetime must be either 'forever' or 'default' or 'refresh'。",
            cause_en = "`lifetime` is none of `forever`, `default` and `refresh`.",
            cause_zh = "lifetime 不是 forever、default、refresh 三者之一。",
            remedy_en = "Set `lifetime` to one of those three values, then send the request again.",
            remedy_zh = "把 lifetime 改为这三个值之一后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the attachment `lifetime` value is not allowed (400 illegal_argument)")]
    MessageAttachmentLifetimeInvalid,
    /// `message_broadcast_from_empty`: from can't be empty
    ///
    /// the broadcast sender `from` is empty
    ///
    /// 广播消息的发送方为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_broadcast_from_empty",
        message = "the broadcast sender `from` is empty",
        detailed_message = "广播消息的发送方为空",
        props(
            status = "400",
            template = "from can't be empty",
            cause_en = "The broadcast message has an empty string in `from`.",
            cause_zh = "发送广播消息时 from 字段是空字符串。",
            remedy_en = "Put the sender's user ID in `from`, or leave the field out so the server sends as `admin`.",
            remedy_zh = "填写发送方用户 ID，或去掉 from 字段让服务器使用 admin 作为发送方。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the broadcast sender `from` is empty (400 illegal_argument)")]
    MessageBroadcastFromEmpty,
    /// `message_broadcast_ext_not_object`: ext must be JSONObject
    ///
    /// the broadcast `ext` is not a JSON object
    ///
    /// 广播消息的扩展字段不是 JSON 对象
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_broadcast_ext_not_object",
        message = "the broadcast `ext` is not a JSON object",
        detailed_message = "广播消息的扩展字段不是 JSON 对象",
        props(
            status = "400",
            template = "ext must be JSONObject",
            cause_en = "The broadcast message's `ext` is not a JSON object (for example a string or an array).",
            cause_zh = "广播消息的 ext 字段不是 JSON 对象（例如是字符串或数组）。",
            remedy_en = "Make `ext` a JSON object, then send the request again.",
            remedy_zh = "把 ext 改为 JSON 对象后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the broadcast `ext` is not a JSON object (400 illegal_argument)")]
    MessageBroadcastExtNotObject,
    /// `message_param_from_empty`: param from can't be empty
    ///
    /// the sender parameter `from` is empty
    ///
    /// 缺少消息发送方 from
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_from_empty",
        message = "the sender parameter `from` is empty",
        detailed_message = "缺少消息发送方 from",
        props(
            status = "400",
            template = "param from can't be empty",
            cause_en = "The one-to-one, group or chat room message has an empty string in `from`.",
            cause_zh = "发送单聊、群聊或聊天室消息时 from 字段是空字符串。",
            remedy_en = "Put the sender's user ID in `from`; to send as `admin`, leave the field out.",
            remedy_zh = "填写发送方用户 ID；若不需要指定发送方，去掉该字段，服务器会以 admin 发送。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the sender parameter `from` is empty (400 message_send_error)")]
    MessageParamFromEmpty,
    /// `message_param_to_empty`: param to can't be empty
    ///
    /// the recipient list `to` is empty
    ///
    /// 消息接收方列表为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_to_empty",
        message = "the recipient list `to` is empty",
        detailed_message = "消息接收方列表为空",
        props(
            status = "400",
            template = "param to can't be empty",
            cause_en = "The message's `to` is an empty array: no user, group or chat room to receive it.",
            cause_zh = "发送消息时 to 是空数组，没有任何接收方（用户、群组或聊天室）。",
            remedy_en = "Put at least one recipient ID in `to`, within the per-call limit of the API (600 users, 3 groups or 10 chat rooms).",
            remedy_zh = "在 to 中至少填一个接收方 ID，且不超过该接口的单次上限（用户 600 个、群组 3 个、聊天室 10 个）。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the recipient list `to` is empty (400 message_send_error)")]
    MessageParamToEmpty,
    /// `message_param_type_empty`: param type can't be empty
    ///
    /// the message type is empty
    ///
    /// 未指定消息类型
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_type_empty",
        message = "the message type is empty",
        detailed_message = "未指定消息类型",
        props(
            status = "400",
            template = "param type can't be empty",
            cause_en = "The message has an empty string in `type`.",
            cause_zh = "发送消息时 type 字段是空字符串。",
            remedy_en = "Set `type` to a supported message type such as `txt`, `img` or `audio`, then send again.",
            remedy_zh = "把 type 设为 txt、img、audio 等支持的消息类型后再发送。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the message type is empty (400 message_send_error)")]
    MessageParamTypeEmpty,
    /// `message_param_body_empty`: param body can't be empty
    ///
    /// the message `body` is empty
    ///
    /// 消息内容为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_body_empty",
        message = "the message `body` is empty",
        detailed_message = "消息内容为空",
        props(
            status = "400",
            template = "param body can't be empty",
            cause_en = "The message's `body` is an empty JSON object.",
            cause_zh = "发送消息时 body 是空的 JSON 对象。",
            remedy_en = "Fill in the fields `body` needs for the message type (such as `msg` for a text message), then send again.",
            remedy_zh = "按消息类型填写 body 中的必填字段（例如文本消息的 msg）后再发送。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the message `body` is empty (400 message_send_error)")]
    MessageParamBodyEmpty,
    /// `message_param_ext_not_object`: param ext must be JSONObject
    ///
    /// the message `ext` is not a JSON object
    ///
    /// 消息扩展字段不是 JSON 对象
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_ext_not_object",
        message = "the message `ext` is not a JSON object",
        detailed_message = "消息扩展字段不是 JSON 对象",
        props(
            status = "400",
            template = "param ext must be JSONObject",
            cause_en = "The message's `ext` field is not a JSON object.",
            cause_zh = "发送消息时 ext 字段的类型不是 JSON 对象。",
            remedy_en = "Make `ext` a JSON object of key-value pairs, then send again.",
            remedy_zh = "把 ext 改为键值对形式的 JSON 对象后再发送。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the message `ext` is not a JSON object (400 message_send_error)")]
    MessageParamExtNotObject,
    /// `message_param_users_empty`: param users can't be empty
    ///
    /// the targeted-message member list `users` is empty
    ///
    /// 定向消息的接收成员为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_param_users_empty",
        message = "the targeted-message member list `users` is empty",
        detailed_message = "定向消息的接收成员为空",
        props(
            status = "400",
            template = "param users can't be empty",
            cause_en = "A targeted message to some members of a group or chat room has an empty `users` array.",
            cause_zh = "向群组或聊天室的部分成员发送定向消息时，users 是空数组。",
            remedy_en = "List between 1 and 20 member user IDs in `users`, then send again.",
            remedy_zh = "在 users 中填写 1 到 20 个接收成员的用户 ID 后再发送。",
            error = "message_send_error",
            advice = "fix_request"
        )
    )]
    #[error("the targeted-message member list `users` is empty (400 message_send_error)")]
    MessageParamUsersEmpty,
    /// `message_to_users_over_limit`: params to's size can't exceed limit 600
    ///
    /// more than 600 users in `to` of a one-to-one message
    ///
    /// 单聊消息一次的接收用户超过 600 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_to_users_over_limit",
        message = "more than 600 users in `to` of a one-to-one message",
        detailed_message = "单聊消息一次的接收用户超过 600 个",
        props(
            status = "400",
            template = "params to's size can't exceed limit 600",
            cause_en = "The one-to-one message lists more than the 600 user IDs per call allowed in `to`.",
            cause_zh = "发送单聊消息时 to 中的用户 ID 超过每次 600 个的上限。",
            remedy_en = "Split the recipients into batches of at most 600 users; each recipient counts toward the rate limit.",
            remedy_zh = "把接收方拆成每批不超过 600 个用户分别发送；注意每个接收方都计入发送频率。",
            error = "message_send_error",
            advice = "split_payload"
        )
    )]
    #[error("more than 600 users in `to` of a one-to-one message (400 message_send_error)")]
    MessageToUsersOverLimit,
    /// `message_to_groups_over_limit`: params to's size can't exceed limit 3
    ///
    /// more than 3 groups in `to` of a group message
    ///
    /// 群聊消息一次的接收群组超过 3 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_to_groups_over_limit",
        message = "more than 3 groups in `to` of a group message",
        detailed_message = "群聊消息一次的接收群组超过 3 个",
        props(
            status = "400",
            template = "params to's size can't exceed limit 3",
            cause_en = "The group message (targeted or not) lists more than the 3 group IDs per call allowed in `to`.",
            cause_zh = "发送群聊消息（包括群定向消息）时 to 中的群组 ID 超过每次 3 个的上限。",
            remedy_en = "Send to at most 3 groups per call, and use more calls for more groups.",
            remedy_zh = "每次最多发给 3 个群组，更多群组分多次发送。",
            error = "message_send_error",
            advice = "split_payload"
        )
    )]
    #[error("more than 3 groups in `to` of a group message (400 message_send_error)")]
    MessageToGroupsOverLimit,
    /// `message_to_chatrooms_over_limit`: params to's size can't exceed limit 10
    ///
    /// more than 10 chat rooms in `to` of a chat room message
    ///
    /// 聊天室消息一次的接收聊天室超过 10 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_to_chatrooms_over_limit",
        message = "more than 10 chat rooms in `to` of a chat room message",
        detailed_message = "聊天室消息一次的接收聊天室超过 10 个",
        props(
            status = "400",
            template = "params to's size can't exceed limit 10",
            cause_en = "The chat room message (targeted or not) lists more than the 10 chat room IDs per call allowed in `to`.",
            cause_zh = "发送聊天室消息（包括聊天室定向消息）时 to 中的聊天室 ID 超过每次 10 个的上限。",
            remedy_en = "Send to at most 10 chat rooms per call and use more calls for more; a targeted message takes one chat room per call, as its reference says.",
            remedy_zh = "每次最多发给 10 个聊天室，更多聊天室分多次发送；定向消息按接口说明每次只传 1 个聊天室。",
            error = "message_send_error",
            advice = "split_payload"
        )
    )]
    #[error("more than 10 chat rooms in `to` of a chat room message (400 message_send_error)")]
    MessageToChatroomsOverLimit,
    /// `message_send_reach_limit`: message send reach limit
    ///
    /// messages are sent faster than the limit allows
    ///
    /// 消息发送频率超过限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "message_send_reach_limit",
        message = "messages are sent faster than the limit allows",
        detailed_message = "消息发送频率超过限制",
        props(
            status = "403",
            template = "message send reach limit",
            cause_en = "The app sent messages faster than the API's default limit: 6000 one-to-one messages per 60 seconds, 20 group messages per second, 100 chat room messages per second, or 100 targeted group or chat room messages per second; a call to several recipients counts once per recipient.",
            cause_zh = "应用发送消息的频率超过了对应接口的默认上限：单聊消息每 60 秒 6000 条，群聊消息每秒 20 条，聊天室消息每秒 100 条，群组或聊天室定向消息每秒 100 条；一次发给多个接收方时按接收方数计数。",
            remedy_en = "Send more slowly and retry the rejected messages later; if the limit is too low for your business, ask sales to raise it.",
            remedy_zh = "降低发送频率并稍后重试未发出的消息；长期不够用时联系商务提高上限。",
            error = "message_send_error",
            advice = "slow_down"
        )
    )]
    #[error("messages are sent faster than the limit allows (403 message_send_error)")]
    MessageSendReachLimit,
    /// `message_delete_ids_over_limit`: delete msg list limit can not greater than 50
    ///
    /// more than 50 message IDs to delete in one call
    ///
    /// 一次要删除的消息超过 50 条
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_delete_ids_over_limit",
        message = "more than 50 message IDs to delete in one call",
        detailed_message = "一次要删除的消息超过 50 条",
        props(
            status = "400",
            template = "delete msg list limit can not greater than 50",
            cause_en = "The request to delete roaming messages lists more than 50 message IDs.",
            cause_zh = "单向删除漫游消息时，一次传入的消息 ID 超过 50 个。",
            remedy_en = "Delete the messages in batches of at most 50 IDs.",
            remedy_zh = "把消息 ID 分批删除，每批不超过 50 个。",
            error = "param exception",
            advice = "split_payload"
        )
    )]
    #[error("more than 50 message IDs to delete in one call (400 param exception)")]
    MessageDeleteIdsOverLimit,
    /// `message_delete_bad_request`: Bad Request
    ///
    /// a required parameter of the delete request is missing
    ///
    /// 删除消息的请求缺少必填参数
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_delete_bad_request",
        message = "a required parameter of the delete request is missing",
        detailed_message = "删除消息的请求缺少必填参数",
        props(
            status = "400",
            template = "Bad Request",
            cause_en = "The request to delete roaming messages by ID lacks a required query parameter such as `userId` or `msgIdList`.",
            cause_zh = "按消息 ID 删除漫游消息时，缺少 userId、msgIdList 等必填的查询参数。",
            remedy_en = "Add and check the query parameters against the reference, then send again.",
            remedy_zh = "对照接口文档补全并核对查询参数后再发送。",
            error = "Bad Request",
            advice = "fix_request"
        )
    )]
    #[error("a required parameter of the delete request is missing (400 Bad Request)")]
    MessageDeleteBadRequest,
    /// `message_upload_file_missing`: file must be provided.
    ///
    /// no file was uploaded
    ///
    /// 未上传文件
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_upload_file_missing",
        message = "no file was uploaded",
        detailed_message = "未上传文件",
        props(
            status = "400",
            template = "file must be provided.",
            cause_en = "The upload request has no `file` part.",
            cause_zh = "上传文件的请求中没有 file 字段。",
            remedy_en = "Attach the file as the `file` part of a multipart/form-data body, then send again.",
            remedy_zh = "以 multipart/form-data 在 file 字段中附上要上传的文件后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("no file was uploaded (400 illegal_argument)")]
    MessageUploadFileMissing,
    /// `message_upload_file_too_large`: the file size exceeds the maximum limit.
    ///
    /// the uploaded file is over the size limit
    ///
    /// 上传的文件超过大小上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_upload_file_too_large",
        message = "the uploaded file is over the size limit",
        detailed_message = "上传的文件超过大小上限",
        props(
            status = "413",
            template = "the file size exceeds the maximum limit.",
            cause_en = "The attachment (image, voice, video or other file) is larger than the limit, 10 MB by default.",
            cause_zh = "上传的附件（图片、语音、视频或其他文件）超过上限，默认为 10 MB。",
            remedy_en = "Compress or split the file before uploading; if you need a higher limit, ask sales.",
            remedy_zh = "压缩或拆分文件后再上传；确需更大上限时联系商务。",
            error = "file exceeding maximum limit",
            advice = "split_payload"
        )
    )]
    #[error("the uploaded file is over the size limit (413 file exceeding maximum limit)")]
    MessageUploadFileTooLarge,
    /// `message_file_not_found`: file may not exists
    ///
    /// the file to download does not exist
    ///
    /// 要下载的文件不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_file_not_found",
        message = "the file to download does not exist",
        detailed_message = "要下载的文件不存在",
        props(
            status = "404",
            template = "file may not exists",
            cause_en = "No file has the `file_uuid` given in the path to download a file or its thumbnail.",
            cause_zh = "下载文件或缩略图时，路径中的 file_uuid 没有对应的文件。",
            remedy_en = "Download again with the `file_uuid` returned by the upload or carried in the message.",
            remedy_zh = "使用上传响应或消息体中返回的 file_uuid 重新下载。",
            error = "entity_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the file to download does not exist (404 entity_not_found)")]
    MessageFileNotFound,
    /// `message_file_expired`: file {file_uuid} is expired
    ///
    /// the file has expired
    ///
    /// 文件已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "message_file_expired",
        message = "the file has expired",
        detailed_message = "文件已过期",
        props(
            status = "404",
            template = "file {file_uuid} is expired",
            cause_en = "The attachment is older than the server keeps files (7 days by default) and can no longer be downloaded.",
            cause_zh = "附件超过了服务器的保存期限（默认 7 天），已无法下载。",
            remedy_en = "Tell the user the file is gone; if files must be kept longer, ask sales.",
            remedy_zh = "告知用户文件已失效；需要更长保存期时联系商务。",
            error = "file_expired",
            advice = "inform_user"
        )
    )]
    #[error("the file has expired (404 file_expired)")]
    MessageFileExpired,
    /// `message_history_time_invalid`: illegal arguments: appkey: {appkey}, time: {time}
    ///
    /// the chat history `time` is malformed
    ///
    /// 历史消息查询的时间格式不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_history_time_invalid",
        message = "the chat history `time` is malformed",
        detailed_message = "历史消息查询的时间格式不正确",
        props(
            status = "400",
            template = "illegal arguments: appkey: {appkey}, time: {time}",
            cause_en = "The `time` given to get a chat history file is not a UTC hour in yyyyMMddHH form.",
            cause_zh = "获取历史消息文件时 time 不是 yyyyMMddHH 格式的 UTC 时间。",
            remedy_en = "Pass the UTC hour as yyyyMMddHH (2018112717 means 17:00 to 18:00), converting from your time zone first.",
            remedy_zh = "按 yyyyMMddHH 传入 UTC 时间（例如 2018112717 表示 17 时到 18 时），并先换算好时区。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the chat history `time` is malformed (400 illegal_argument)")]
    MessageHistoryTimeInvalid,
    /// `message_history_expired_or_unstored`: illegal arguments: appkey: {appkey}, time: {time}, maybe chat message history is expired or unstored"
    ///
    /// the chat history of that hour expired or is not stored yet
    ///
    /// 该时段的历史消息已过期或尚未生成
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "message_history_expired_or_unstored",
        message = "the chat history of that hour expired or is not stored yet",
        detailed_message = "该时段的历史消息已过期或尚未生成",
        props(
            status = "400",
            template = "illegal arguments: appkey: {appkey}, time: {time}, maybe chat message history is expired or unstored\"",
            cause_en = "The history file of that hour is older than the plan keeps messages, or has not been generated yet.",
            cause_zh = "所查小时的历史消息文件已超过套餐的存储时长，或还没有生成。",
            remedy_en = "Ask again later, or ask for an hour within the plan's retention.",
            remedy_zh = "稍后再查，或改查套餐存储时长之内的时段。",
            error = "illegal_argument",
            advice = "inform_user"
        )
    )]
    #[error("the chat history of that hour expired or is not stored yet (400 illegal_argument)")]
    MessageHistoryExpiredOrUnstored,
    /// `message_import_body_empty`: message body not allow empty
    ///
    /// the imported message has an empty `body`
    ///
    /// 导入的消息内容为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_import_body_empty",
        message = "the imported message has an empty `body`",
        detailed_message = "导入的消息内容为空",
        props(
            status = "400",
            template = "message body not allow empty",
            cause_en = "The one-to-one or group message to import has an empty `body`.",
            cause_zh = "导入单聊或群聊消息时 body 为空。",
            remedy_en = "Fill in `body` for the message type, then import again.",
            remedy_zh = "按消息类型填写 body 后再导入。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the imported message has an empty `body` (400 illegal_argument)")]
    MessageImportBodyEmpty,
    /// `message_import_type_empty`: type not allow empty
    ///
    /// the imported message has an empty `type`
    ///
    /// 导入的消息未指定类型
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_import_type_empty",
        message = "the imported message has an empty `type`",
        detailed_message = "导入的消息未指定类型",
        props(
            status = "400",
            template = "type not allow empty",
            cause_en = "The one-to-one or group message to import has an empty string in `type`.",
            cause_zh = "导入单聊或群聊消息时 type 是空字符串。",
            remedy_en = "Set `type` to a supported message type, then import again.",
            remedy_zh = "把 type 设为支持的消息类型后再导入。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the imported message has an empty `type` (400 illegal_argument)")]
    MessageImportTypeEmpty,
    /// `message_edit_new_msg_missing`: new_msg is required
    ///
    /// the new content `new_msg` is missing
    ///
    /// 缺少修改后的消息内容
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_edit_new_msg_missing",
        message = "the new content `new_msg` is missing",
        detailed_message = "缺少修改后的消息内容",
        props(
            status = "400",
            template = "new_msg is required",
            cause_en = "The request to edit a message has no `new_msg`.",
            cause_zh = "修改消息的请求体没有 new_msg。",
            remedy_en = "Put the edited message in `new_msg`, then send again.",
            remedy_zh = "在 new_msg 中给出修改后的消息后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the new content `new_msg` is missing (400 illegal_argument)")]
    MessageEditNewMsgMissing,
    /// `message_edit_type_unsupported`: The message is of a type that is currently not supported for modification.
    ///
    /// messages of this type cannot be edited
    ///
    /// 该类型的消息不能修改
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_edit_type_unsupported",
        message = "messages of this type cannot be edited",
        detailed_message = "该类型的消息不能修改",
        props(
            status = "400",
            template = "The message is of a type that is currently not supported for modification.",
            cause_en = "The message type in `new_msg` (`msg.type`) cannot be edited: the API edits only text and custom messages.",
            cause_zh = "new_msg 中的消息类型（msg.type）不是可修改的类型，该接口只支持修改文本消息和自定义消息。",
            remedy_en = "Edit only text or custom messages, with a `type` that matches the original message.",
            remedy_zh = "只对文本或自定义消息调用该接口，并让 type 与原消息一致。",
            error = "message_rewrite_error",
            advice = "fix_request"
        )
    )]
    #[error("messages of this type cannot be edited (400 message_rewrite_error)")]
    MessageEditTypeUnsupported,
    /// `message_edit_id_not_number`: The provided message ID is not a valid number.
    ///
    /// the message ID is not a number
    ///
    /// 消息 ID 不是数字
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_edit_id_not_number",
        message = "the message ID is not a number",
        detailed_message = "消息 ID 不是数字",
        props(
            status = "400",
            template = "The provided message ID is not a valid number.",
            cause_en = "The message ID given to edit a message contains characters other than digits.",
            cause_zh = "修改消息时给出的消息 ID 含有非数字字符。",
            remedy_en = "Use the numeric message ID the server returned, then send again.",
            remedy_zh = "使用服务器返回的数字消息 ID 后再发送。",
            error = "InvalidMessageIdException",
            advice = "fix_request"
        )
    )]
    #[error("the message ID is not a number (400 InvalidMessageIdException)")]
    MessageEditIdNotNumber,
    /// `message_edit_msg_not_found`: The message is unavailable or has expired.
    ///
    /// the message to edit does not exist
    ///
    /// 要修改的消息不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_edit_msg_not_found",
        message = "the message to edit does not exist",
        detailed_message = "要修改的消息不存在",
        props(
            status = "404",
            template = "The message is unavailable or has expired.",
            cause_en = "No message has the given `msg_id`; the ID may be wrong.",
            cause_zh = "msg_id 没有对应的消息，可能写错了 ID。",
            remedy_en = "Check `msg_id`, then send again.",
            remedy_zh = "核对 msg_id 后再发送。",
            error = "message_rewrite_error",
            advice = "fix_request"
        )
    )]
    #[error("the message to edit does not exist (404 message_rewrite_error)")]
    MessageEditMsgNotFound,
    /// `message_edit_not_authorized`: You are not authorized to edit this message.
    ///
    /// not allowed to edit this message
    ///
    /// 无权修改该消息
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_edit_not_authorized",
        message = "not allowed to edit this message",
        detailed_message = "无权修改该消息",
        props(
            status = "401",
            template = "You are not authorized to edit this message.",
            cause_en = "The message `msg_id` names cannot be edited by this request; usually the `msg_id` is wrong.",
            cause_zh = "msg_id 指向的消息不能由本次请求修改，通常是 msg_id 填错了。",
            remedy_en = "Check that `msg_id` is the message you mean to edit; a new token does not help.",
            remedy_zh = "核对 msg_id 是否为要修改的那条消息；换 token 不能解决该问题。",
            error = "message_rewrite_error",
            advice = "fix_request"
        )
    )]
    #[error("not allowed to edit this message (401 message_rewrite_error)")]
    MessageEditNotAuthorized,
    /// `message_edit_limit_reached`: The message has reached its edit limit and cannot be modified further.
    ///
    /// the message has been edited too many times
    ///
    /// 该消息的修改次数已用完
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "message_edit_limit_reached",
        message = "the message has been edited too many times",
        detailed_message = "该消息的修改次数已用完",
        props(
            status = "403",
            template = "The message has reached its edit limit and cannot be modified further.",
            cause_en = "A message can be edited at most 10 times, and this one has been.",
            cause_zh = "同一条消息最多可修改 10 次，该消息已达到上限。",
            remedy_en = "Tell the user the message cannot be edited again; to correct it, recall it and send a new one.",
            remedy_zh = "告知用户该消息不能再修改；如需更正，可撤回后重新发送。",
            error = "message_rewrite_error",
            advice = "inform_user"
        )
    )]
    #[error("the message has been edited too many times (403 message_rewrite_error)")]
    MessageEditLimitReached,
    /// `message_edit_msg_unavailable`: The message is unavailable or has expired.
    ///
    /// the message to edit is gone or expired
    ///
    /// 要修改的消息不存在或已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "message_edit_msg_unavailable",
        message = "the message to edit is gone or expired",
        detailed_message = "要修改的消息不存在或已过期",
        props(
            status = "404",
            template = "The message is unavailable or has expired.",
            cause_en = "Only messages the server still stores can be edited; this one does not exist or is past its retention.",
            cause_zh = "只能修改服务器仍保存的消息，该消息不存在或已超过存储时长。",
            remedy_en = "Tell the user the message can no longer be edited.",
            remedy_zh = "告知用户该消息已无法修改。",
            error = "MessageUnavailableException",
            advice = "inform_user"
        )
    )]
    #[error("the message to edit is gone or expired (404 MessageUnavailableException)")]
    MessageEditMsgUnavailable,
    /// `message_edit_conflict`: The message has been edited by another.
    ///
    /// another request edited the message at the same time
    ///
    /// 消息正被另一个请求修改
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "message_edit_conflict",
        message = "another request edited the message at the same time",
        detailed_message = "消息正被另一个请求修改",
        props(
            status = "409",
            template = "The message has been edited by another.",
            cause_en = "Several edit requests hit the same message at once, and this one lost.",
            cause_zh = "多个修改请求同时作用于同一条消息，本次请求与其冲突。",
            remedy_en = "Serialize edits of the same message; if your change is still wanted, send it once more (it counts toward the edit limit).",
            remedy_zh = "对同一条消息的修改串行执行；确认仍需本次修改后再发一次（会计入修改次数）。",
            error = "concurrent_operation_error",
            advice = "retry"
        )
    )]
    #[error("another request edited the message at the same time (409 concurrent_operation_error)")]
    MessageEditConflict,
    /// `message_edit_internal_error`: An unknown error occurred while processing the request.
    ///
    /// the server failed to edit the message
    ///
    /// 服务器修改消息时出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "message_edit_internal_error",
        message = "the server failed to edit the message",
        detailed_message = "服务器修改消息时出错",
        props(
            status = "500",
            template = "An unknown error occurred while processing the request.",
            cause_en = "An internal failure on the server stopped the edit.",
            cause_zh = "服务器内部异常，消息修改失败。",
            remedy_en = "Wait and retry; if it keeps failing, log the request and contact support.",
            remedy_zh = "等待后重试；持续失败时记录请求并联系技术支持。",
            error = "RewriteMessageInternalErrorException",
            advice = "retry_with_backoff"
        )
    )]
    #[error("the server failed to edit the message (500 RewriteMessageInternalErrorException)")]
    MessageEditInternalError,
    /// `message_recall_msg_id_empty`: param msg_id can't be empty
    ///
    /// the ID of the message to recall is empty
    ///
    /// 未指定要撤回的消息 ID
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_msg_id_empty",
        message = "the ID of the message to recall is empty",
        detailed_message = "未指定要撤回的消息 ID",
        props(
            status = "400",
            template = "param msg_id can't be empty",
            cause_en = "The recall request has an empty string in `msg_id`.",
            cause_zh = "撤回消息时 msg_id 是空字符串。",
            remedy_en = "Put the ID of the message to recall in `msg_id`, then send again.",
            remedy_zh = "填写要撤回消息的 ID 后再发送。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("the ID of the message to recall is empty (400 message_recall_error)")]
    MessageRecallMsgIdEmpty,
    /// `message_recall_to_empty`: param to can't be empty
    ///
    /// the recipient `to` of the recalled message is empty
    ///
    /// 未指定被撤回消息的接收方
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_to_empty",
        message = "the recipient `to` of the recalled message is empty",
        detailed_message = "未指定被撤回消息的接收方",
        props(
            status = "400",
            template = "param to can't be empty",
            cause_en = "The recall request has an empty string in `to`.",
            cause_zh = "撤回消息时 to 是空字符串。",
            remedy_en = "Put the original message's recipient (user, group or chat room ID) in `to`, then send again.",
            remedy_zh = "在 to 中填写原消息的接收方（用户、群组或聊天室 ID）后再发送。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("the recipient `to` of the recalled message is empty (400 message_recall_error)")]
    MessageRecallToEmpty,
    /// `message_recall_chat_type_empty`: param chat_type can't be empty
    ///
    /// the `chat_type` of the recalled message is empty
    ///
    /// 未指定被撤回消息的会话类型
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_chat_type_empty",
        message = "the `chat_type` of the recalled message is empty",
        detailed_message = "未指定被撤回消息的会话类型",
        props(
            status = "400",
            template = "param chat_type can't be empty",
            cause_en = "The recall request has an empty string in `chat_type`.",
            cause_zh = "撤回消息时 chat_type 是空字符串。",
            remedy_en = "Set `chat_type` to the original message's chat type (one-to-one, group or chat room), then send again.",
            remedy_zh = "把 chat_type 设为原消息的会话类型（单聊、群聊或聊天室）后再发送。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("the `chat_type` of the recalled message is empty (400 message_recall_error)")]
    MessageRecallChatTypeEmpty,
    /// `message_recall_force_empty`: param force can't be empty
    ///
    /// `force` is empty
    ///
    /// 未指定是否强制撤回
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_force_empty",
        message = "`force` is empty",
        detailed_message = "未指定是否强制撤回",
        props(
            status = "400",
            template = "param force can't be empty",
            cause_en = "The recall request has an empty `force` field.",
            cause_zh = "撤回消息时 force 字段为空。",
            remedy_en = "Give `force` as a boolean, or leave it out to use the default, false.",
            remedy_zh = "给出布尔值 force，或去掉该字段使用默认值 false。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("`force` is empty (400 message_recall_error)")]
    MessageRecallForceEmpty,
    /// `message_recall_recipient_not_found`: can’t find msg to
    ///
    /// the recipient of the message to recall was not found
    ///
    /// 找不到被撤回消息的接收方
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_recipient_not_found",
        message = "the recipient of the message to recall was not found",
        detailed_message = "找不到被撤回消息的接收方",
        props(
            status = "400",
            template = "can’t find msg to",
            cause_en = "The recipient in `to` does not match the message to recall, so the server cannot find it.",
            cause_zh = "to 中的接收方与要撤回的消息对不上，服务器找不到该接收方。",
            remedy_en = "Set `to` to the actual recipient of the original message, then send again.",
            remedy_zh = "把 to 改为原消息真正的接收方后再发送。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("the recipient of the message to recall was not found (400 message_recall_error)")]
    MessageRecallRecipientNotFound,
    /// `message_recall_time_limit`: exceed recall time limit
    ///
    /// the recall time limit has passed
    ///
    /// 已超过消息撤回时限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "message_recall_time_limit",
        message = "the recall time limit has passed",
        detailed_message = "已超过消息撤回时限",
        props(
            status = "403",
            template = "exceed recall time limit",
            cause_en = "The message was sent longer ago than recalls are allowed (2 minutes by default).",
            cause_zh = "消息发送后已超过允许撤回的时长（默认 2 分钟）。",
            remedy_en = "Tell the user the message can no longer be recalled; if it must go, recall it with `force` set to true, or ask sales to extend the window (up to 7 days).",
            remedy_zh = "告知用户该消息已不能撤回；确需撤回可将 force 设为 true 强制撤回，或联系商务延长撤回时长（最长 7 天）。",
            error = "message_recall_error",
            advice = "inform_user"
        )
    )]
    #[error("the recall time limit has passed (403 message_recall_error)")]
    MessageRecallTimeLimit,
    /// `message_recall_msg_not_found`: not_found msg
    ///
    /// the message to recall is not on the server
    ///
    /// 要撤回的消息已不在服务器上
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "message_recall_msg_not_found",
        message = "the message to recall is not on the server",
        detailed_message = "要撤回的消息已不在服务器上",
        props(
            status = "403",
            template = "not_found msg",
            cause_en = "The message expired and the server deleted it, or it was already recalled.",
            cause_zh = "消息已过期被服务器删除，或已经被撤回过。",
            remedy_en = "A recalled message needs nothing more; to recall an expired one, send again with `force` set to true (the recipients' local copies go, the sender's stays).",
            remedy_zh = "已撤回的消息无需再撤回；要撤回过期消息，把 force 设为 true 后再发送（接收方本地消息会被撤回，发送方本地消息保留）。",
            error = "message_recall_error",
            advice = "fix_request"
        )
    )]
    #[error("the message to recall is not on the server (403 message_recall_error)")]
    MessageRecallMsgNotFound,
    /// `message_recall_not_open`: message recall service is unopened
    ///
    /// message recall is not enabled
    ///
    /// 消息撤回功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "message_recall_not_open",
        message = "message recall is not enabled",
        detailed_message = "消息撤回功能未开通",
        props(
            status = "403",
            template = "message recall service is unopened",
            cause_en = "The app has not enabled the message recall service in the console.",
            cause_zh = "应用未在控制台开通消息撤回服务。",
            remedy_en = "Enable message recall in the Agora (shengwang) console, then call again.",
            remedy_zh = "在声网控制台开通消息撤回后再调用。",
            error = "forbidden_op",
            advice = "enable_service"
        )
    )]
    #[error("message recall is not enabled (403 forbidden_op)")]
    MessageRecallNotOpen,
    /// `message_recall_internal_error`: internal error
    ///
    /// the server failed to recall the message
    ///
    /// 服务器撤回消息时出错
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "message_recall_internal_error",
        message = "the server failed to recall the message",
        detailed_message = "服务器撤回消息时出错",
        props(
            status = "500",
            template = "internal error",
            cause_en = "A back-end failure stopped the recall.",
            cause_zh = "后端服务异常，撤回没有完成。",
            remedy_en = "Wait and retry; if it keeps failing, log the request and contact support.",
            remedy_zh = "等待后重试；持续失败时记录请求并联系技术支持。",
            advice = "retry_with_backoff"
        )
    )]
    #[error("the server failed to recall the message (500)")]
    MessageRecallInternalError,
    /// `message_too_large_send`: message is too large
    ///
    /// the message is too large
    ///
    /// 消息体过大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "message_too_large_send",
        message = "the message is too large",
        detailed_message = "消息体过大",
        props(
            status = "400",
            template = "message is too large",
            cause_en = "The message body is over the limit (5 KB in the current message pages; the older general error page sends this description as 400 illegal_argument).",
            cause_zh = "发送消息时消息体超过了上限（当前消息文档为 5 KB；旧的通用错误页以 400 illegal_argument 返回这一描述）。",
            remedy_en = "Split the content into smaller messages, or send large content as a file.",
            remedy_zh = "把内容拆成几条更小的消息，或把大段内容作为文件发送。",
            error = "message_send_error",
            advice = "split_payload"
        )
    )]
    #[error("the message is too large (400 message_send_error)")]
    MessageTooLargeSend,
    /// `translation_text_too_long`: The input text is too long.
    ///
    /// the text to translate is too long
    ///
    /// 要翻译的文本过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "translation_text_too_long",
        message = "the text to translate is too long",
        detailed_message = "要翻译的文本过长",
        props(
            status = "400",
            template = "The input text is too long.",
            cause_en = "The text of a translation request is longer than the translation service accepts.",
            cause_zh = "翻译请求中的文本超过了翻译服务允许的长度。",
            remedy_en = "Shorten the text, or translate it in several parts.",
            remedy_zh = "缩短文本，或拆成几段分别翻译。",
            advice = "split_payload"
        )
    )]
    #[error("the text to translate is too long (400)")]
    TranslationTextTooLong,
    /// `translation_target_language_invalid`: The target language is not valid.
    ///
    /// the target language is not valid
    ///
    /// 目标语言无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "translation_target_language_invalid",
        message = "the target language is not valid",
        detailed_message = "目标语言无效",
        props(
            status = "400",
            template = "The target language is not valid.",
            cause_en = "The target language code of a translation request is not one the translation service supports.",
            cause_zh = "翻译请求中的目标语言代码不是翻译服务支持的语言。",
            remedy_en = "Use a language code the translation service supports, then send the request again.",
            remedy_zh = "改用翻译服务支持的语言代码后重新请求。",
            advice = "fix_request"
        )
    )]
    #[error("the target language is not valid (400)")]
    TranslationTargetLanguageInvalid,
    /// `report_message_not_found`: report failed, get message by id failed
    ///
    /// the message to report was not found
    ///
    /// 要举报的消息不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "report_message_not_found",
        message = "the message to report was not found",
        detailed_message = "要举报的消息不存在",
        props(
            status = "400",
            template = "report failed, get message by id failed",
            cause_en = "A message report names a message ID the service cannot find, for example a wrong ID or a message the server no longer keeps.",
            cause_zh = "举报消息时，服务按消息 ID 找不到这条消息，例如 ID 写错，或服务端已不再保存该消息。",
            remedy_en = "Check the message ID; only messages the server still keeps can be reported.",
            remedy_zh = "核对消息 ID；只有服务端仍保存的消息才能举报。",
            advice = "fix_request"
        )
    )]
    #[error("the message to report was not found (400)")]
    ReportMessageNotFound,
}

/// errors of the conversation APIs
///
/// 会话相关接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ConversationError {
    /// `conversation_channel_empty`: field channel cannot be null or empty
    ///
    /// the conversation ID `channel` is empty
    ///
    /// 未指定要删除的会话 ID
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "conversation_channel_empty",
        message = "the conversation ID `channel` is empty",
        detailed_message = "未指定要删除的会话 ID",
        props(
            status = "400",
            template = "field channel cannot be null or empty",
            cause_en = "The request to delete a conversation has a missing or empty `channel` field.",
            cause_zh = "删除会话的请求中 channel 字段缺失或为空字符串。",
            remedy_en = "Set `channel` to the peer user, group or chat room ID, then send the request again.",
            remedy_zh = "在 channel 中填写对端的用户 ID、群组 ID 或聊天室 ID 后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the conversation ID `channel` is empty (400 illegal_argument)")]
    ConversationChannelEmpty,
    /// `conversation_type_empty`: field type cannot be null or empty
    ///
    /// the conversation type is empty
    ///
    /// 未指定会话类型
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "conversation_type_empty",
        message = "the conversation type is empty",
        detailed_message = "未指定会话类型",
        props(
            status = "400",
            template = "field type cannot be null or empty",
            cause_en = "The request to delete a conversation has a missing or empty `type` field.",
            cause_zh = "删除会话的请求中 type 字段缺失或为空字符串。",
            remedy_en = "Set `type` to one of the conversation types the reference lists (one-to-one or group), then send the request again.",
            remedy_zh = "把 type 设为文档列出的会话类型之一（单聊或群聊）后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the conversation type is empty (400 illegal_argument)")]
    ConversationTypeEmpty,
    /// `conversation_delete_roam_missing`: field delete_roam cannot be null
    ///
    /// `delete_roam` is missing
    ///
    /// 未说明是否同时删除漫游消息
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "conversation_delete_roam_missing",
        message = "`delete_roam` is missing",
        detailed_message = "未说明是否同时删除漫游消息",
        props(
            status = "400",
            template = "field delete_roam cannot be null",
            cause_en = "The request to delete a conversation does not say, in `delete_roam`, whether to delete the roaming messages too.",
            cause_zh = "删除会话的请求没有提供 delete_roam 字段。",
            remedy_en = "Give `delete_roam` as a boolean in the body, then send the request again.",
            remedy_zh = "在请求体中给出布尔值 delete_roam 后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("`delete_roam` is missing (400 illegal_argument)")]
    ConversationDeleteRoamMissing,
    /// `conversation_mark_empty`: param mark must be not empty, please check!
    ///
    /// the conversation mark is empty
    ///
    /// 会话标记为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "conversation_mark_empty",
        message = "the conversation mark is empty",
        detailed_message = "会话标记为空",
        props(
            status = "400",
            template = "param mark must be not empty, please check!",
            cause_en = "A request to add or remove a conversation mark has no `mark` parameter.",
            cause_zh = "为会话添加或移除标记时，请求没有提供 mark 参数。",
            remedy_en = "Give the mark in the request, then send it again.",
            remedy_zh = "在请求中给出要设置的标记值后再发送。",
            advice = "fix_request"
        )
    )]
    #[error("the conversation mark is empty (400)")]
    ConversationMarkEmpty,
    /// `conversation_mark_illegal`: param mark illegal, please check it!
    ///
    /// the conversation mark is not valid
    ///
    /// 会话标记值不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "conversation_mark_illegal",
        message = "the conversation mark is not valid",
        detailed_message = "会话标记值不合法",
        props(
            status = "400",
            template = "param mark illegal, please check it!",
            cause_en = "The `mark` of a request to add or remove a conversation mark is outside the allowed values.",
            cause_zh = "为会话添加或移除标记时，mark 的取值不在允许的范围内。",
            remedy_en = "Use one of the values the API reference allows, then send the request again.",
            remedy_zh = "按接口文档使用允许的标记值后再发送。",
            advice = "fix_request"
        )
    )]
    #[error("the conversation mark is not valid (400)")]
    ConversationMarkIllegal,
}

/// errors of the offline push APIs
///
/// 离线推送相关接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum PushError {
    /// `push_nickname_body_empty`: put user push nicknames illegal empty request body
    ///
    /// the request to set push nicknames has an empty body
    ///
    /// 批量设置推送昵称的请求体为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_nickname_body_empty",
        message = "the request to set push nicknames has an empty body",
        detailed_message = "批量设置推送昵称的请求体为空",
        props(
            status = "400",
            template = "put user push nicknames illegal empty request body",
            cause_en = "The request to set push nicknames in bulk carries no nickname in its body.",
            cause_zh = "批量设置推送昵称时请求体中没有任何用户的推送昵称。",
            remedy_en = "Give a `username` and a `push_nickname` for each user in the body array, then send again.",
            remedy_zh = "在请求体数组中为每个用户给出 username 和 push_nickname 后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the request to set push nicknames has an empty body (400 illegal_argument)")]
    PushNicknameBodyEmpty,
    /// `push_nickname_too_many_users`: put user push nicknames exceeds the limit
    ///
    /// push nicknames for more than 50 users in one call
    ///
    /// 一次设置推送昵称的用户超过 50 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "push_nickname_too_many_users",
        message = "push nicknames for more than 50 users in one call",
        detailed_message = "一次设置推送昵称的用户超过 50 个",
        props(
            status = "400",
            template = "put user push nicknames exceeds the limit",
            cause_en = "The request to set push nicknames in bulk covers more than 50 users.",
            cause_zh = "批量设置推送昵称时一次请求包含的用户超过 50 个。",
            remedy_en = "Send the users in batches of at most 50.",
            remedy_zh = "把用户分批发送，每批不超过 50 个。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("push nicknames for more than 50 users in one call (400 illegal_argument)")]
    PushNicknameTooManyUsers,
    /// `push_nickname_too_long`: {username} push nickname length exceeds the limit
    ///
    /// a push nickname is too long
    ///
    /// 推送昵称过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_nickname_too_long",
        message = "a push nickname is too long",
        detailed_message = "推送昵称过长",
        props(
            status = "400",
            template = "{username} push nickname length exceeds the limit",
            cause_en = "A user's push nickname is longer than 100 characters.",
            cause_zh = "某个用户的推送昵称超过 100 个字符。",
            remedy_en = "Shorten the push nickname to at most 100 characters, then send again.",
            remedy_zh = "把推送昵称缩短到 100 个字符以内后再发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("a push nickname is too long (400 illegal_argument)")]
    PushNicknameTooLong,
    /// `push_parameter_invalid`: parameters is invalid : {property}
    ///
    /// a push setting has an invalid value
    ///
    /// 推送设置的参数值不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_parameter_invalid",
        message = "a push setting has an invalid value",
        detailed_message = "推送设置的参数值不合法",
        props(
            status = "400",
            template = "parameters is invalid : {property}",
            cause_en = "In a push binding, push settings or push language request, the property the description names has a value outside its allowed range.",
            cause_zh = "推送绑定、推送设置或推送语言等接口中，错误描述里列出的属性取值超出允许范围。",
            remedy_en = "Fix that property's value as the reference describes, then send again.",
            remedy_zh = "按接口文档修正该属性的取值后再发送。",
            error = "IllegalArgumentException",
            advice = "fix_request"
        )
    )]
    #[error("a push setting has an invalid value (400 IllegalArgumentException)")]
    PushParameterInvalid,
    /// `push_url_invalid`: url is invalid
    ///
    /// the push API path is wrong
    ///
    /// 推送接口的请求路径错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_url_invalid",
        message = "the push API path is wrong",
        detailed_message = "推送接口的请求路径错误",
        props(
            status = "404",
            template = "url is invalid",
            cause_en = "The request URL is not the path of any push or push template API.",
            cause_zh = "请求 URL 不是任何推送或推送模板接口的路径。",
            remedy_en = "Correct the path against the reference, then send again.",
            remedy_zh = "对照接口文档修正请求路径后再发送。",
            error = "请求路径不存在",
            advice = "fix_request"
        )
    )]
    #[error("the push API path is wrong (404 请求路径不存在)")]
    PushUrlInvalid,
    /// `push_template_not_found`: {template} template is not exist
    ///
    /// the push template does not exist
    ///
    /// 推送模板不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_template_not_found",
        message = "the push template does not exist",
        detailed_message = "推送模板不存在",
        props(
            status = "400",
            template = "{template} template is not exist",
            cause_en = "No offline push template has the name given in the request.",
            cause_zh = "请求中的离线推送模板名称没有对应的模板。",
            remedy_en = "Create the template first, or use the name of an existing one.",
            remedy_zh = "先创建该模板，或改用已存在的模板名称。",
            error = "EntityNotFoundException",
            advice = "fix_request"
        )
    )]
    #[error("the push template does not exist (400 EntityNotFoundException)")]
    PushTemplateNotFound,
    /// `push_user_property_missing`: Entity user requires a property named username
    ///
    /// the user of the push settings request does not exist
    ///
    /// 推送设置请求中的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_user_property_missing",
        message = "the user of the push settings request does not exist",
        detailed_message = "推送设置请求中的用户不存在",
        props(
            status = "400",
            template = "Entity user requires a property named username",
            cause_en = "A request to set or read a push template names a user ID that does not exist, or none.",
            cause_zh = "设置或获取推送配置模板时，请求指向的用户 ID 不存在或没有给出。",
            remedy_en = "Use the ID of a registered user and send the request again.",
            remedy_zh = "使用已注册的正确用户 ID 后重新请求。",
            error = "RequiredPropertyNotFoundException",
            advice = "fix_request"
        )
    )]
    #[error(
        "the user of the push settings request does not exist (400 RequiredPropertyNotFoundException)"
    )]
    PushUserPropertyMissing,
    /// `push_service_not_open`: push service not open
    ///
    /// the instant push service is not enabled
    ///
    /// 即时推送服务未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "push_service_not_open",
        message = "the instant push service is not enabled",
        detailed_message = "即时推送服务未开通",
        props(
            status = "403",
            template = "push service not open",
            cause_en = "The app calls the instant push notification or label APIs without having the instant push service enabled.",
            cause_zh = "调用即时推送的发送通知或标签接口时，该应用还没有开通即时推送功能。",
            remedy_en = "Check and enable the instant push service in the console, then call again.",
            remedy_zh = "在控制台确认并开通即时推送功能后再调用。",
            error = "ServiceNotOpenException",
            advice = "enable_service"
        )
    )]
    #[error("the instant push service is not enabled (403 ServiceNotOpenException)")]
    PushServiceNotOpen,
    /// `push_limit_request`: limit request
    ///
    /// the push request hit a limit
    ///
    /// 推送请求受到限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "push_limit_request",
        message = "the push request hit a limit",
        detailed_message = "推送请求受到限制",
        props(
            status = "403",
            template = "limit request",
            cause_en = "An instant push request was refused because of a count limit or another limit, such as the call rate.",
            cause_zh = "即时推送请求因数量限制或其他限制（例如调用频率）被拒绝。",
            remedy_en = "Deal with the limit the response names, for example by calling less often or by sending fewer items per request.",
            remedy_zh = "按返回信息中说明的限制原因处理，例如降低调用频率或减少单次请求的数量。",
            error = "LimitException",
            advice = "slow_down"
        )
    )]
    #[error("the push request hit a limit (403 LimitException)")]
    PushLimitRequest,
    /// `push_message_bad_request`: bad_request
    ///
    /// the push message body is misconfigured
    ///
    /// 推送消息体配置错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_message_bad_request",
        message = "the push message body is misconfigured",
        detailed_message = "推送消息体配置错误",
        props(
            status = "400",
            template = "bad_request",
            cause_en = "The push message body of an instant push notification request has a wrong structure or wrong values.",
            cause_zh = "发送即时推送通知时，请求中的推送消息体结构或取值不正确。",
            remedy_en = "Check the push message body against the reference, correct it, then send again.",
            remedy_zh = "对照接口文档检查并修改推送消息体后再发送。",
            error = "MessageException",
            advice = "fix_request"
        )
    )]
    #[error("the push message body is misconfigured (400 MessageException)")]
    PushMessageBadRequest,
    /// `push_label_not_found`: push label not exists of {label}
    ///
    /// the push label does not exist
    ///
    /// 推送标签不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "push_label_not_found",
        message = "the push label does not exist",
        detailed_message = "推送标签不存在",
        props(
            status = "400",
            template = "push label not exists of {label}",
            cause_en = "No instant push label has the name given in the request.",
            cause_zh = "请求中指定的即时推送标签名称没有对应的标签。",
            remedy_en = "Use the name of an existing label, or create the label first, then send again.",
            remedy_zh = "改用已存在的标签名称，或先创建该标签后再请求。",
            error = "ResourceNotFoundException",
            advice = "fix_request"
        )
    )]
    #[error("the push label does not exist (400 ResourceNotFoundException)")]
    PushLabelNotFound,
}

/// errors of the chat room management, attribute and tag-mute APIs
///
/// 聊天室管理、属性与标签禁言接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ChatRoomError {
    /// `chatroom_announcement_too_long`: announce info length exceeds limit!
    ///
    /// the chat room announcement is too long
    ///
    /// 聊天室公告过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_announcement_too_long",
        message = "the chat room announcement is too long",
        detailed_message = "聊天室公告过长",
        props(
            status = "403",
            template = "announce info length exceeds limit!",
            cause_en = "The new chat room announcement is longer than the 512-character limit.",
            cause_zh = "修改聊天室公告时，公告内容超过了 512 个字符的上限。",
            remedy_en = "Shorten the announcement to at most 512 characters and submit it again.",
            remedy_zh = "把公告缩短到 512 个字符以内后再提交。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the chat room announcement is too long (403 forbidden_op)")]
    ChatroomAnnouncementTooLong,
    /// `chatroom_attribute_batch_too_large`: exceed allowed batch size 10
    ///
    /// too many chat room attributes in one request
    ///
    /// 一次设置或删除的聊天室自定义属性过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "chatroom_attribute_batch_too_large",
        message = "too many chat room attributes in one request",
        detailed_message = "一次设置或删除的聊天室自定义属性过多",
        props(
            status = "400",
            template = "exceed allowed batch size 10",
            cause_en = "A request to set or delete chat room custom attributes (forced or not) names more than 10 keys.",
            cause_zh = "设置或删除聊天室自定义属性（包括强制设置、强制删除）时，一次请求中的 key 超过了 10 个。",
            remedy_en = "Handle at most 10 keys per request and send the rest in further batches.",
            remedy_zh = "每次请求最多处理 10 个 key，多出的部分分批提交。",
            advice = "split_payload"
        )
    )]
    #[error("too many chat room attributes in one request (400)")]
    ChatroomAttributeBatchTooLarge,
    /// `chatroom_attribute_user_not_in_chatroom`: user is not in chatroom
    ///
    /// the user is not in the chat room
    ///
    /// 属性所属用户不在聊天室中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_attribute_user_not_in_chatroom",
        message = "the user is not in the chat room",
        detailed_message = "属性所属用户不在聊天室中",
        props(
            status = "401",
            template = "user is not in chatroom",
            cause_en = "The user named in the URL of a set or delete chat room attribute request is not a member of the chat room.",
            cause_zh = "设置或删除聊天室自定义属性时，URL 中指定的用户不是该聊天室的成员。",
            remedy_en = "Use the user ID of a current member of the chat room, or have the user join it first.",
            remedy_zh = "改用该聊天室现有成员的用户 ID，或先让该用户加入聊天室。",
            error = "MetadataException",
            advice = "fix_request"
        )
    )]
    #[error("the user is not in the chat room (401 MetadataException)")]
    ChatroomAttributeUserNotInChatroom,
    /// `chatroom_attribute_owned_by_other`: others are not allowed to be set
    ///
    /// a chat room attribute set by another user cannot be changed
    ///
    /// 不能修改其他用户设置的聊天室属性
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_attribute_owned_by_other",
        message = "a chat room attribute set by another user cannot be changed",
        detailed_message = "不能修改其他用户设置的聊天室属性",
        props(
            status = "400",
            template = "others are not allowed to be set",
            cause_en = "The attribute key already belongs to another user, and the ordinary set API does not overwrite other users' attributes.",
            cause_zh = "要设置的属性 key 已由其他用户设置，普通的设置接口不允许覆盖别人的属性。",
            remedy_en = "Change only the user's own attributes; if overwriting is really intended, use the forced-set API instead.",
            remedy_zh = "只修改本用户的属性；确需覆盖时改用强制设置聊天室自定义属性的接口。",
            advice = "fix_request"
        )
    )]
    #[error("a chat room attribute set by another user cannot be changed (400)")]
    ChatroomAttributeOwnedByOther,
    /// `chatroom_tag_mute_disabled`: Group tag mute is disabled
    ///
    /// tag-based muting is not enabled for chat rooms
    ///
    /// 聊天室标签禁言功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "chatroom_tag_mute_disabled",
        message = "tag-based muting is not enabled for chat rooms",
        detailed_message = "聊天室标签禁言功能未开通",
        props(
            status = "403",
            template = "Group tag mute is disabled",
            cause_en = "The app does not have the feature that mutes chat room members by tag, so the tag APIs are unavailable.",
            cause_zh = "应用尚未开通按标签禁言聊天室成员的功能，相关接口都不可用。",
            remedy_en = "Ask sales to enable chat room tag muting for the app, then call again.",
            remedy_zh = "联系商务为应用开通聊天室标签禁言功能后再调用。",
            error = "forbidden_op",
            advice = "enable_service"
        )
    )]
    #[error("tag-based muting is not enabled for chat rooms (403 forbidden_op)")]
    ChatroomTagMuteDisabled,
    /// `chatroom_tag_not_found`: group tag not found
    ///
    /// the chat room tag does not exist
    ///
    /// 聊天室标签不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_tag_not_found",
        message = "the chat room tag does not exist",
        detailed_message = "聊天室标签不存在",
        props(
            status = "404",
            template = "group tag not found",
            cause_en = "The tag to mute by has not been given to any user of the chat room.",
            cause_zh = "按标签禁言时，指定的标签没有设置给聊天室中的任何用户。",
            remedy_en = "Give the tag to users in the chat room first, then mute by it.",
            remedy_zh = "先为用户设置该聊天室标签，再按标签禁言。",
            error = "resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the chat room tag does not exist (404 resource_not_found)")]
    ChatroomTagNotFound,
    /// `chatroom_tag_too_long`: tag length exceeds limit!
    ///
    /// the chat room tag name is too long
    ///
    /// 聊天室标签名称过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_tag_too_long",
        message = "the chat room tag name is too long",
        detailed_message = "聊天室标签名称过长",
        props(
            status = "403",
            template = "tag length exceeds limit!",
            cause_en = "The tag name is longer than the 32-character limit.",
            cause_zh = "标签名称超过了 32 个字符的长度上限。",
            remedy_en = "Use tag names of at most 32 characters.",
            remedy_zh = "使用不超过 32 个字符的标签名称。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("the chat room tag name is too long (403 exceed_limit)")]
    ChatroomTagTooLong,
    /// `chatroom_too_many_user_tags`: user group tag count exceed limit
    ///
    /// too many chat room tags for the user
    ///
    /// 为用户设置的聊天室标签过多
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_too_many_user_tags",
        message = "too many chat room tags for the user",
        detailed_message = "为用户设置的聊天室标签过多",
        props(
            status = "403",
            template = "user group tag count exceed limit",
            cause_en = "The tags list of a request that sets a user's chat room tags holds more than 10 tags.",
            cause_zh = "设置用户在聊天室中的标签时，tags 列表超过了 10 个。",
            remedy_en = "Keep each user to at most 10 tags and trim the tags list before sending it again.",
            remedy_zh = "每个用户最多设置 10 个标签，精简 tags 列表后再提交。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("too many chat room tags for the user (403 exceed_limit)")]
    ChatroomTooManyUserTags,
    /// `chatroom_tags_not_list`: tags should be type of List
    ///
    /// `tags` must be a list
    ///
    /// tags 必须是数组
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_tags_not_list",
        message = "`tags` must be a list",
        detailed_message = "tags 必须是数组",
        props(
            status = "400",
            template = "tags should be type of List",
            cause_en = "The `tags` field of the request body is not an array.",
            cause_zh = "请求体中的 tags 字段不是数组类型。",
            remedy_en = "Send `tags` as a JSON array (an empty array clears the tags) and try again.",
            remedy_zh = "把 tags 写成 JSON 数组（要清空标签就传空数组）后重新发送。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("`tags` must be a list (400 invalid_parameter)")]
    ChatroomTagsNotList,
    /// `chatroom_app_too_many_chatrooms`: appKey:{org}#{app} has create too many chatrooms!
    ///
    /// the app has created too many chat rooms
    ///
    /// 应用创建的聊天室数量已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "chatroom_app_too_many_chatrooms",
        message = "the app has created too many chat rooms",
        detailed_message = "应用创建的聊天室数量已达上限",
        props(
            status = "403",
            template = "appKey:{org}#{app} has create too many chatrooms!",
            cause_en = "The app key already has as many chat rooms as it is allowed, so no more can be created.",
            cause_zh = "该 App Key 下已创建的聊天室数量达到了上限，不能再创建。",
            remedy_en = "Delete chat rooms that are no longer used, or ask sales to raise the limit.",
            remedy_zh = "删除不再使用的聊天室，或联系商务提高上限。",
            error = "exceed_limit",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app has created too many chat rooms (403 exceed_limit)")]
    ChatroomAppTooManyChatrooms,
    /// `chatroom_user_joined_too_many`: user {username} has joined too many chatrooms!
    ///
    /// the user has joined too many chat rooms
    ///
    /// 用户加入的聊天室数量已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "chatroom_user_joined_too_many",
        message = "the user has joined too many chat rooms",
        detailed_message = "用户加入的聊天室数量已达上限",
        props(
            status = "403",
            template = "user {username} has joined too many chatrooms!",
            cause_en = "A user named when creating the chat room already belongs to the maximum number of chat rooms.",
            cause_zh = "创建聊天室时指定的用户已加入的聊天室数量达到了上限。",
            remedy_en = "Have the user leave chat rooms they no longer use, or ask sales to raise the limit.",
            remedy_zh = "让该用户退出不用的聊天室，或联系商务提高上限。",
            error = "exceed_limit",
            advice = "inform_user"
        )
    )]
    #[error("the user has joined too many chat rooms (403 exceed_limit)")]
    ChatroomUserJoinedTooMany,
    /// `chatroom_name_too_long`: title cannot exceed to {max_length}
    ///
    /// the chat room name is too long
    ///
    /// 聊天室名称过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_name_too_long",
        message = "the chat room name is too long",
        detailed_message = "聊天室名称过长",
        props(
            status = "403",
            template = "title cannot exceed to {max_length}",
            cause_en = "The new chat room name is longer than allowed (128 characters by default).",
            cause_zh = "修改聊天室信息时，新的名称超过了长度上限（默认 128 个字符）。",
            remedy_en = "Shorten the name to the length the description states.",
            remedy_zh = "把名称缩短到错误描述给出的长度以内。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("the chat room name is too long (403 exceed_limit)")]
    ChatroomNameTooLong,
    /// `chatroom_description_too_long`: desc cannot exceed to {max_length}
    ///
    /// the chat room description is too long
    ///
    /// 聊天室描述过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_description_too_long",
        message = "the chat room description is too long",
        detailed_message = "聊天室描述过长",
        props(
            status = "403",
            template = "desc cannot exceed to {max_length}",
            cause_en = "The new chat room description is longer than allowed (512 characters by default).",
            cause_zh = "修改聊天室信息时，新的描述超过了长度上限（默认 512 个字符）。",
            remedy_en = "Shorten the description to the length the error description states.",
            remedy_zh = "把描述缩短到错误描述给出的长度以内。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("the chat room description is too long (403 exceed_limit)")]
    ChatroomDescriptionTooLong,
    /// `chatroom_max_users_too_large`: maxUsers cannot exceed {max_users}
    ///
    /// the chat room's maximum member count is over the limit
    ///
    /// 聊天室最大成员数超过上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_max_users_too_large",
        message = "the chat room's maximum member count is over the limit",
        detailed_message = "聊天室最大成员数超过上限",
        props(
            status = "403",
            template = "maxUsers cannot exceed {max_users}",
            cause_en = "The maxusers value is above what the app allows (10,000 by default).",
            cause_zh = "修改聊天室信息时，maxusers 超过了应用允许的最大值（默认 10,000）。",
            remedy_en = "Set maxusers no higher than the limit; ask sales if the chat room really needs more members.",
            remedy_zh = "把 maxusers 设为不超过该上限的值；确需更多成员时联系商务调整。",
            error = "exceed_limit",
            advice = "fix_request"
        )
    )]
    #[error("the chat room's maximum member count is over the limit (403 exceed_limit)")]
    ChatroomMaxUsersTooLarge,
    /// `chatroom_invalid_fields`: some of [{fields}] are not valid fields
    ///
    /// a chat room field cannot be modified
    ///
    /// 聊天室信息中有不可修改的字段
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_invalid_fields",
        message = "a chat room field cannot be modified",
        detailed_message = "聊天室信息中有不可修改的字段",
        props(
            status = "400",
            template = "some of [{fields}] are not valid fields",
            cause_en = "The request to modify a chat room names a field that cannot change, such as chatroom_id; only the name, description and maximum member count can.",
            cause_zh = "修改聊天室信息时传入了不支持修改的字段，例如 chatroom_id；只有名称、描述和最大成员数可以修改。",
            remedy_en = "Keep only name, description and maxusers in the request body.",
            remedy_zh = "请求体中只保留 name、description 和 maxusers。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("a chat room field cannot be modified (400 invalid_parameter)")]
    ChatroomInvalidFields,
    /// `chatroom_same_owner`: new owner and old owner are the same
    ///
    /// the new chat room owner is already the owner
    ///
    /// 新旧聊天室所有者相同
    ///
    /// Advice: `none`
    #[strum(
        serialize = "chatroom_same_owner",
        message = "the new chat room owner is already the owner",
        detailed_message = "新旧聊天室所有者相同",
        props(
            status = "403",
            template = "new owner and old owner are the same",
            cause_en = "The user to transfer the chat room to already owns it.",
            cause_zh = "转让聊天室时，指定的新所有者就是当前所有者。",
            remedy_en = "There is nothing to transfer; to change owners, give another member's user ID.",
            remedy_zh = "无需转让；若要换人，传入另一位成员的用户 ID。",
            error = "forbidden_op",
            advice = "none"
        )
    )]
    #[error("the new chat room owner is already the owner (403 forbidden_op)")]
    ChatroomSameOwner,
    /// `chatroom_name_missing`: chatroom must contain title/name field!
    ///
    /// the new chat room has no name
    ///
    /// 创建聊天室缺少名称
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_name_missing",
        message = "the new chat room has no name",
        detailed_message = "创建聊天室缺少名称",
        props(
            status = "400",
            template = "chatroom must contain title/name field!",
            cause_en = "The request to create a chat room has no `name` field (the service also accepts `title`).",
            cause_zh = "创建聊天室的请求体中没有 name 字段（服务也接受 title）。",
            remedy_en = "Give the chat room a `name` in the body, then create it again.",
            remedy_zh = "在请求体中填写聊天室名称 name 后重新创建。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("the new chat room has no name (400 invalid_parameter)")]
    ChatroomNameMissing,
    /// `chatroom_max_users_below_member_count`: current user count is larger than the maxUsers that you want to update !
    ///
    /// the new maximum is below the current member count
    ///
    /// 新的最大成员数小于当前成员数
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "chatroom_max_users_below_member_count",
        message = "the new maximum is below the current member count",
        detailed_message = "新的最大成员数小于当前成员数",
        props(
            status = "403",
            template = "current user count is larger than the maxUsers that you want to update !",
            cause_en = "A request to update a chat room sets maxusers below the number of members the room has now.",
            cause_zh = "修改聊天室信息时，设置的 maxusers 小于聊天室当前的成员数。",
            remedy_en = "Set maxusers to at least the current member count, or remove members before lowering it.",
            remedy_zh = "把 maxusers 设为不小于当前成员数的值，或先移出部分成员再调小。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the new maximum is below the current member count (403 forbidden_op)")]
    ChatroomMaxUsersBelowMemberCount,
}

/// errors of the chat room member APIs
///
/// 聊天室成员接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ChatRoomMemberError {
    /// `chatroom_member_joined_too_many`: can not join this group, reason:user {username} has joined too many chatrooms!
    ///
    /// the user to add has joined too many chat rooms
    ///
    /// 要添加的用户加入的聊天室过多
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "chatroom_member_joined_too_many",
        message = "the user to add has joined too many chat rooms",
        detailed_message = "要添加的用户加入的聊天室过多",
        props(
            status = "403",
            template = "can not join this group, reason:user {username} has joined too many chatrooms!",
            cause_en = "The user to add to the chat room already belongs to the maximum number of chat rooms.",
            cause_zh = "添加聊天室成员时，被添加的用户已加入的聊天室数量达到上限。",
            remedy_en = "Add another user instead, or have this user leave some chat rooms first.",
            remedy_zh = "改为添加其他用户，或让该用户先退出部分聊天室。",
            error = "forbidden_op",
            advice = "inform_user"
        )
    )]
    #[error("the user to add has joined too many chat rooms (403 forbidden_op)")]
    ChatroomMemberJoinedTooMany,
    /// `chatroom_member_add_batch_too_large`: addMembers: addMembers number more than maxSize : 60
    ///
    /// more than 60 chat room members in one add request
    ///
    /// 一次添加的聊天室成员超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "chatroom_member_add_batch_too_large",
        message = "more than 60 chat room members in one add request",
        detailed_message = "一次添加的聊天室成员超过 60 个",
        props(
            status = "400",
            template = "addMembers: addMembers number more than maxSize : 60",
            cause_en = "The usernames array of a batch add-members request holds more than the 60 users allowed per call.",
            cause_zh = "批量添加聊天室成员时，usernames 数组中的用户超过了单次 60 个的上限。",
            remedy_en = "Send at most 60 users per call and add the rest in further batches.",
            remedy_zh = "每次最多提交 60 个用户，其余的分批添加。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 chat room members in one add request (400 invalid_parameter)")]
    ChatroomMemberAddBatchTooLarge,
    /// `chatroom_member_unmute_batch_too_large`: removeMute member size more than max limit :  60
    ///
    /// more than 60 chat room members in one unmute request
    ///
    /// 一次解除禁言的聊天室成员超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "chatroom_member_unmute_batch_too_large",
        message = "more than 60 chat room members in one unmute request",
        detailed_message = "一次解除禁言的聊天室成员超过 60 个",
        props(
            status = "400",
            template = "removeMute member size more than max limit :  60",
            cause_en = "A request to unmute chat room members names more than 60 user IDs.",
            cause_zh = "解除聊天室成员禁言时，一次传入的用户 ID 超过了 60 个。",
            remedy_en = "Unmute at most 60 members per call and handle the rest in further batches.",
            remedy_zh = "每次最多解除 60 个成员的禁言，其余的分批处理。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 chat room members in one unmute request (400 invalid_parameter)")]
    ChatroomMemberUnmuteBatchTooLarge,
}

/// errors of the group management, announcement and shared-file APIs
///
/// 群组管理、公告与共享文件接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum GroupError {
    /// `group_announcement_missing`: announcement is null
    ///
    /// the group announcement is missing
    ///
    /// 缺少群公告内容
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_announcement_missing",
        message = "the group announcement is missing",
        detailed_message = "缺少群公告内容",
        props(
            status = "400",
            template = "announcement is null",
            cause_en = "The request to update the group announcement carries no announcement text.",
            cause_zh = "修改群公告的请求体没有提供公告内容。",
            remedy_en = "Put the announcement text in the request body and send it again.",
            remedy_zh = "在请求体中填入公告内容后重新提交。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the group announcement is missing (400 illegal_argument)")]
    GroupAnnouncementMissing,
    /// `group_announcement_violation`: group announcement is violation, please change it.
    ///
    /// the group announcement breaks the content rules
    ///
    /// 群公告内容违规
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_announcement_violation",
        message = "the group announcement breaks the content rules",
        detailed_message = "群公告内容违规",
        props(
            status = "403",
            template = "group announcement is violation, please change it.",
            cause_en = "The new group announcement did not pass content moderation.",
            cause_zh = "新的群公告没有通过内容审核。",
            remedy_en = "Ask the user to reword the announcement, then submit it again.",
            remedy_zh = "提示用户修改公告内容后再提交。",
            error = "group_announce_violation",
            advice = "inform_user"
        )
    )]
    #[error("the group announcement breaks the content rules (403 group_announce_violation)")]
    GroupAnnouncementViolation,
    /// `group_announcement_too_long`: announce info length exceeds limit!
    ///
    /// the group announcement is too long
    ///
    /// 群公告过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_announcement_too_long",
        message = "the group announcement is too long",
        detailed_message = "群公告过长",
        props(
            status = "403",
            template = "announce info length exceeds limit!",
            cause_en = "The new group announcement is longer than allowed.",
            cause_zh = "修改群公告时，公告内容超过了长度上限。",
            remedy_en = "Shorten the announcement and send it again.",
            remedy_zh = "缩短公告内容后重新提交。",
            error = "FORBIDDEN",
            advice = "fix_request"
        )
    )]
    #[error("the group announcement is too long (403 FORBIDDEN)")]
    GroupAnnouncementTooLong,
    /// `group_share_file_group_not_found`: grpID {group_id} does not exist!
    ///
    /// the group does not exist
    ///
    /// 群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_share_file_group_not_found",
        message = "the group does not exist",
        detailed_message = "群组不存在",
        props(
            status = "404",
            template = "grpID {group_id} does not exist!",
            cause_en = "The group ID in the URL of a shared-file request (list, upload, download or delete) does not exist.",
            cause_zh = "获取、上传、下载或删除群共享文件时，URL 中的群组 ID 不存在。",
            remedy_en = "Check the group ID and use an existing group.",
            remedy_zh = "核对群组 ID，使用存在的群组后重试。",
            error = "RestGroupFeignException",
            advice = "fix_request"
        )
    )]
    #[error("the group does not exist (404 RestGroupFeignException)")]
    GroupShareFileGroupNotFound,
    /// `group_share_file_missing`: file must be provided.
    ///
    /// no file to upload to the group
    ///
    /// 缺少要上传的群共享文件
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_share_file_missing",
        message = "no file to upload to the group",
        detailed_message = "缺少要上传的群共享文件",
        props(
            status = "400",
            template = "file must be provided.",
            cause_en = "The request to upload a group shared file carries no file.",
            cause_zh = "上传群共享文件的请求中没有附带文件。",
            remedy_en = "Attach the file as the `file` part of the multipart form and upload again.",
            remedy_zh = "以 multipart 表单的 file 字段附上文件后重新上传。",
            error = "IllegalArgumentException",
            advice = "fix_request"
        )
    )]
    #[error("no file to upload to the group (400 IllegalArgumentException)")]
    GroupShareFileMissing,
    /// `group_avatar_too_long`: avatar length is too big
    ///
    /// the group avatar URL is too long
    ///
    /// 群头像 URL 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_avatar_too_long",
        message = "the group avatar URL is too long",
        detailed_message = "群头像 URL 过长",
        props(
            status = "400",
            template = "avatar length is too big",
            cause_en = "The avatar field given when creating the group is longer than 1024 characters.",
            cause_zh = "创建群组时 avatar 字段超过了 1024 个字符的长度上限。",
            remedy_en = "Use an avatar URL of at most 1024 characters.",
            remedy_zh = "使用不超过 1024 个字符的头像 URL。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("the group avatar URL is too long (400 invalid_parameter)")]
    GroupAvatarTooLong,
    /// `group_public_field_missing`: group must contain public field!
    ///
    /// the `public` field is missing from the new group
    ///
    /// 创建群组缺少 public 字段
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_public_field_missing",
        message = "the `public` field is missing from the new group",
        detailed_message = "创建群组缺少 public 字段",
        props(
            status = "400",
            template = "group must contain public field!",
            cause_en = "The request to create a group lacks the required `public` field.",
            cause_zh = "创建群组的请求体没有提供必填的 public 字段。",
            remedy_en = "Set `public` (true for a public group, false for a private one) and create the group again.",
            remedy_zh = "在请求体中设置 public（true 为公开群，false 为私有群）后重新创建。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("the `public` field is missing from the new group (400 invalid_parameter)")]
    GroupPublicFieldMissing,
    /// `group_name_violation`: {content} is violation, please change it.
    ///
    /// the group name breaks the content rules
    ///
    /// 群组名称违规
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_name_violation",
        message = "the group name breaks the content rules",
        detailed_message = "群组名称违规",
        props(
            status = "403",
            template = "{content} is violation, please change it.",
            cause_en = "The group name given when creating or modifying the group did not pass content moderation.",
            cause_zh = "创建或修改群组时，群组名称没有通过内容审核。",
            remedy_en = "Ask the user for another group name, then submit again.",
            remedy_zh = "提示用户换一个群组名称后再提交。",
            error = "group_name_violation",
            advice = "inform_user"
        )
    )]
    #[error("the group name breaks the content rules (403 group_name_violation)")]
    GroupNameViolation,
    /// `group_invalid_fields`: some of [{fields}] are not valid fields
    ///
    /// a group field cannot be modified
    ///
    /// 群组信息中有不可修改的字段
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_invalid_fields",
        message = "a group field cannot be modified",
        detailed_message = "群组信息中有不可修改的字段",
        props(
            status = "400",
            template = "some of [{fields}] are not valid fields",
            cause_en = "The request to modify a group names a field that does not exist or cannot change, such as groupid.",
            cause_zh = "修改群组信息时传入了不支持修改或不存在的字段，例如 groupid。",
            remedy_en = "Send only the fields the reference lists as modifiable (groupname, avatar, description, maxusers and so on).",
            remedy_zh = "只传入文档列出的可修改字段（如 groupname、avatar、description、maxusers 等）。",
            error = "invalid_parameter",
            advice = "fix_request"
        )
    )]
    #[error("a group field cannot be modified (400 invalid_parameter)")]
    GroupInvalidFields,
    /// `group_app_too_many_groups`: appKey:{org}#{app} has create too many groups!
    ///
    /// the app has created too many groups
    ///
    /// 应用创建的群组数量已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "group_app_too_many_groups",
        message = "the app has created too many groups",
        detailed_message = "应用创建的群组数量已达上限",
        props(
            status = "403",
            template = "appKey:{org}#{app} has create too many groups!",
            cause_en = "The app key already has as many groups as it is allowed, so no more can be created.",
            cause_zh = "该 App Key 下已创建的群组数量达到了上限，不能再创建新群组。",
            remedy_en = "Dissolve groups that are no longer used, or ask sales to raise the limit.",
            remedy_zh = "解散不再使用的群组，或联系商务提高上限。",
            error = "exceed_limit",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app has created too many groups (403 exceed_limit)")]
    GroupAppTooManyGroups,
}

/// errors of the group member APIs
///
/// 群组成员接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum GroupMemberError {
    /// `group_member_already_in_group_typo`: an not join this group, reason:user: {username} already in group: {group_id}
    ///
    /// the user is already in the group
    ///
    /// 用户已在群组中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "group_member_already_in_group_typo",
        message = "the user is already in the group",
        detailed_message = "用户已在群组中",
        props(
            status = "403",
            template = "an not join this group, reason:user: {username} already in group: {group_id}\n",
            cause_en = "A user in a batch add-members request is already a member of the group (the documented description lacks its leading c here).",
            cause_zh = "批量添加群成员时，被添加的用户已经是群成员（这一处文档的错误描述开头缺了字母 c）。",
            remedy_en = "Treat it as done; the user does not need to be added again.",
            remedy_zh = "视为已完成，无需重复添加该用户。",
            error = "forbidden_op",
            advice = "none"
        )
    )]
    #[error("the user is already in the group (403 forbidden_op)")]
    GroupMemberAlreadyInGroupTypo,
    /// `group_member_admin_candidate_not_member`: user: {username} doesn't exist in group: {group_id}
    ///
    /// the user to make admin is not in the group
    ///
    /// 要设为管理员的用户不在群组中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_admin_candidate_not_member",
        message = "the user to make admin is not in the group",
        detailed_message = "要设为管理员的用户不在群组中",
        props(
            status = "404",
            template = "user: {username} doesn't exist in group: {group_id}",
            cause_en = "The user to promote to group admin is not a member of the group.",
            cause_zh = "添加群管理员时，指定的用户不是该群的成员。",
            remedy_en = "Add the user to the group first, or pick a current member.",
            remedy_zh = "先把该用户加入群组，或改用现有群成员的用户 ID。",
            error = "resource_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the user to make admin is not in the group (404 resource_not_found)")]
    GroupMemberAdminCandidateNotMember,
    /// `group_member_not_admin`: user:{username} is not admin of group:{group_id}
    ///
    /// the user is not an admin of the group
    ///
    /// 用户不是群管理员
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_not_admin",
        message = "the user is not an admin of the group",
        detailed_message = "用户不是群管理员",
        props(
            status = "403",
            template = "user:{username} is not admin of group:{group_id}",
            cause_en = "The user whose admin role should be removed is not an admin of the group.",
            cause_zh = "移除群管理员时，指定的用户并不是该群的管理员。",
            remedy_en = "Fetch the group's admin list and remove only current admins.",
            remedy_zh = "先查询群管理员列表，只对现有管理员执行移除。",
            error = "forbidden_op",
            advice = "fix_request"
        )
    )]
    #[error("the user is not an admin of the group (403 forbidden_op)")]
    GroupMemberNotAdmin,
    /// `group_member_attribute_key_too_long`: exceeds chatgroup user metadata single key limit
    ///
    /// a group member attribute key is too long
    ///
    /// 群成员自定义属性的 key 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_attribute_key_too_long",
        message = "a group member attribute key is too long",
        detailed_message = "群成员自定义属性的 key 过长",
        props(
            status = "400",
            template = "exceeds chatgroup user metadata single key limit",
            cause_en = "A key in a request that sets group member custom attributes (single or batch) is longer than 16 bytes.",
            cause_zh = "设置群成员自定义属性（单个或批量）时，某个属性 key 超过了 16 字节。",
            remedy_en = "Keep every attribute key within 16 bytes.",
            remedy_zh = "把属性 key 缩短到 16 字节以内。",
            error = "metadata_error",
            advice = "fix_request"
        )
    )]
    #[error("a group member attribute key is too long (400 metadata_error)")]
    GroupMemberAttributeKeyTooLong,
    /// `group_member_attribute_value_too_long`: exceeds chatgroup user metadata single value limit
    ///
    /// a group member attribute value is too long
    ///
    /// 群成员自定义属性的 value 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_attribute_value_too_long",
        message = "a group member attribute value is too long",
        detailed_message = "群成员自定义属性的 value 过长",
        props(
            status = "400",
            template = "exceeds chatgroup user metadata single value limit",
            cause_en = "A value in a request that sets group member custom attributes (single or batch) is longer than 512 bytes.",
            cause_zh = "设置群成员自定义属性（单个或批量）时，某个属性值超过了 512 字节。",
            remedy_en = "Keep every attribute value within 512 bytes, or spread it over several attributes.",
            remedy_zh = "把属性值缩短到 512 字节以内，或拆成多个属性。",
            error = "metadata_error",
            advice = "fix_request"
        )
    )]
    #[error("a group member attribute value is too long (400 metadata_error)")]
    GroupMemberAttributeValueTooLong,
    /// `group_member_attribute_users_not_in_group`: Some users are not in the group: {usernames}
    ///
    /// some users are not in the group
    ///
    /// 部分用户不在群组中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_attribute_users_not_in_group",
        message = "some users are not in the group",
        detailed_message = "部分用户不在群组中",
        props(
            status = "400",
            template = "Some users are not in the group: {usernames}",
            cause_en = "A batch request to set group member attributes names users who are not members of the group; the description lists them.",
            cause_zh = "批量设置群成员自定义属性时，请求中有用户不是该群的成员；错误描述列出这些用户。",
            remedy_en = "Add the listed users to the group first, or drop them from the request, then send it again.",
            remedy_zh = "把列出的用户先加入群组，或从请求中去掉后重新提交。",
            error = "metadata_error",
            advice = "fix_request"
        )
    )]
    #[error("some users are not in the group (400 metadata_error)")]
    GroupMemberAttributeUsersNotInGroup,
    /// `group_member_attribute_batch_too_large`: exceeds chatgroup metadata batch put users limit
    ///
    /// too many group members in one attribute batch
    ///
    /// 一次设置属性的群成员过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "group_member_attribute_batch_too_large",
        message = "too many group members in one attribute batch",
        detailed_message = "一次设置属性的群成员过多",
        props(
            status = "400",
            template = "exceeds chatgroup metadata batch put users limit",
            cause_en = "A batch request to set group member attributes covers more than 20 members.",
            cause_zh = "批量设置群成员自定义属性时，一次请求涉及的群成员超过了 20 个。",
            remedy_en = "Set attributes for at most 20 members per call and send the rest in further batches.",
            remedy_zh = "每次最多为 20 个群成员设置属性，其余的分批提交。",
            error = "metadata_error",
            advice = "split_payload"
        )
    )]
    #[error("too many group members in one attribute batch (400 metadata_error)")]
    GroupMemberAttributeBatchTooLarge,
    /// `group_member_attribute_group_not_found`: group not exists
    ///
    /// the group does not exist
    ///
    /// 群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_attribute_group_not_found",
        message = "the group does not exist",
        detailed_message = "群组不存在",
        props(
            status = "404",
            template = "group not exists",
            cause_en = "The group ID in the URL of a batch group member attribute request does not exist.",
            cause_zh = "批量设置群成员自定义属性时，URL 中的群组 ID 不存在。",
            remedy_en = "Check the group ID and use an existing group.",
            remedy_zh = "核对群组 ID，使用存在的群组后重试。",
            error = "metadata_error",
            advice = "fix_request"
        )
    )]
    #[error("the group does not exist (404 metadata_error)")]
    GroupMemberAttributeGroupNotFound,
    /// `group_member_attribute_concurrent_update`: Failed to operate user metadata. Concurrent operation not allowed
    ///
    /// concurrent updates to the same member's attributes
    ///
    /// 同一用户的群成员属性被并发修改
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "group_member_attribute_concurrent_update",
        message = "concurrent updates to the same member's attributes",
        detailed_message = "同一用户的群成员属性被并发修改",
        props(
            status = "409",
            template = "Failed to operate user metadata. Concurrent operation not allowed",
            cause_en = "Several requests changed the same user's group member attributes at once, and the server rejected the concurrent one.",
            cause_zh = "多个请求同时修改同一个用户的群成员自定义属性，服务端拒绝了其中的并发操作。",
            remedy_en = "Do not update one user concurrently: put all of the user's attributes into a single request, and on a conflict wait a moment before retrying.",
            remedy_zh = "避免并发修改同一用户：把该用户要设置的属性合并到一次请求中；冲突时等待片刻再重试。",
            error = "metadata_error",
            advice = "retry_with_backoff"
        )
    )]
    #[error("concurrent updates to the same member's attributes (409 metadata_error)")]
    GroupMemberAttributeConcurrentUpdate,
    /// `group_member_attribute_user_not_in_group`: user not in group
    ///
    /// the user is not in the group
    ///
    /// 用户不在群组中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "group_member_attribute_user_not_in_group",
        message = "the user is not in the group",
        detailed_message = "用户不在群组中",
        props(
            status = "404",
            template = "user not in group",
            cause_en = "The user whose group member attributes are requested is not a member of the group.",
            cause_zh = "获取单个群成员的自定义属性时，指定的用户不是该群的成员。",
            remedy_en = "Use the user ID of a current member of the group.",
            remedy_zh = "改用该群现有成员的用户 ID。",
            error = "MetadataException",
            advice = "fix_request"
        )
    )]
    #[error("the user is not in the group (404 MetadataException)")]
    GroupMemberAttributeUserNotInGroup,
    /// `group_member_attribute_query_too_many`: query param reaches limit.
    ///
    /// too many group members in one attribute query
    ///
    /// 一次查询属性的群成员过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "group_member_attribute_query_too_many",
        message = "too many group members in one attribute query",
        detailed_message = "一次查询属性的群成员过多",
        props(
            status = "400",
            template = "query param reaches limit.",
            cause_en = "A request to get group member attributes by key names more than 10 users.",
            cause_zh = "根据属性 key 获取群成员自定义属性时，一次请求的用户超过了 10 个。",
            remedy_en = "Query at most 10 members per call and fetch the rest in further batches.",
            remedy_zh = "每次最多查询 10 个群成员，其余的分批查询。",
            error = "metadata_error",
            advice = "split_payload"
        )
    )]
    #[error("too many group members in one attribute query (400 metadata_error)")]
    GroupMemberAttributeQueryTooMany,
    /// `group_member_block_batch_too_large`: userNames is more than max limit : 60
    ///
    /// more than 60 users in one group block-list add
    ///
    /// 一次加入群组黑名单的用户超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "group_member_block_batch_too_large",
        message = "more than 60 users in one group block-list add",
        detailed_message = "一次加入群组黑名单的用户超过 60 个",
        props(
            status = "400",
            template = "userNames is more than max limit : 60",
            cause_en = "A request to add users to the group block list names more than 60 users.",
            cause_zh = "批量把用户加入群组黑名单时，一次传入的用户超过了 60 个。",
            remedy_en = "Add at most 60 users per call and handle the rest in further batches.",
            remedy_zh = "每次最多添加 60 个用户，其余的分批处理。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 users in one group block-list add (400 invalid_parameter)")]
    GroupMemberBlockBatchTooLarge,
    /// `group_member_unblock_batch_too_large`: removeBlacklist: list size more than max limit : 60
    ///
    /// more than 60 users in one group block-list removal
    ///
    /// 一次移出群组黑名单的用户超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "group_member_unblock_batch_too_large",
        message = "more than 60 users in one group block-list removal",
        detailed_message = "一次移出群组黑名单的用户超过 60 个",
        props(
            status = "400",
            template = "removeBlacklist: list size more than max limit : 60",
            cause_en = "A request to remove users from the group block list names more than 60 users.",
            cause_zh = "批量把用户移出群组黑名单时，一次传入的用户超过了 60 个。",
            remedy_en = "Remove at most 60 users per call and handle the rest in further batches.",
            remedy_zh = "每次最多移除 60 个用户，其余的分批处理。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 users in one group block-list removal (400 invalid_parameter)")]
    GroupMemberUnblockBatchTooLarge,
    /// `group_member_cannot_mute_owner`: forbidden operation on group owner!
    ///
    /// the group owner cannot be muted
    ///
    /// 不能禁言群主
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "group_member_cannot_mute_owner",
        message = "the group owner cannot be muted",
        detailed_message = "不能禁言群主",
        props(
            status = "403",
            template = "forbidden operation on group owner!",
            cause_en = "The users to mute include the group owner.",
            cause_zh = "禁言群成员时，要禁言的用户中包含群主。",
            remedy_en = "Take the owner out of the list of users to mute and send it again.",
            remedy_zh = "从禁言列表中去掉群主后重新提交。",
            error = "forbidden_op",
            advice = "inform_user"
        )
    )]
    #[error("the group owner cannot be muted (403 forbidden_op)")]
    GroupMemberCannotMuteOwner,
    /// `group_member_unmute_batch_too_large`: removeMute member size more than max limit : 60
    ///
    /// more than 60 group members in one unmute request
    ///
    /// 一次解除禁言的群成员超过 60 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "group_member_unmute_batch_too_large",
        message = "more than 60 group members in one unmute request",
        detailed_message = "一次解除禁言的群成员超过 60 个",
        props(
            status = "400",
            template = "removeMute member size more than max limit : 60",
            cause_en = "A request to unmute group members names more than 60 user IDs.",
            cause_zh = "解除群成员禁言时，一次传入的用户 ID 超过了 60 个。",
            remedy_en = "Unmute at most 60 members per call and handle the rest in further batches.",
            remedy_zh = "每次最多解除 60 个成员的禁言，其余的分批处理。",
            error = "invalid_parameter",
            advice = "split_payload"
        )
    )]
    #[error("more than 60 group members in one unmute request (400 invalid_parameter)")]
    GroupMemberUnmuteBatchTooLarge,
    /// `group_member_attribute_not_open`: chatgroup user metadata service not allow
    ///
    /// custom group member attributes are not enabled
    ///
    /// 群成员自定义属性功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "group_member_attribute_not_open",
        message = "custom group member attributes are not enabled",
        detailed_message = "群成员自定义属性功能未开通",
        props(
            status = "403",
            template = "chatgroup user metadata service not allow",
            cause_en = "Setting or reading group member attributes fails this way when the app has not enabled custom group member attributes.",
            cause_zh = "应用未开通群成员自定义属性功能时，设置或获取群成员属性会返回该错误。",
            remedy_en = "Ask sales to enable the feature, then call again.",
            remedy_zh = "联系商务开通该功能后再调用。",
            error = "metadata_error",
            advice = "enable_service"
        )
    )]
    #[error("custom group member attributes are not enabled (403 metadata_error)")]
    GroupMemberAttributeNotOpen,
}

/// errors of the thread APIs
///
/// 子区接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ThreadError {
    /// `thread_limit_too_large`: query param reaches limit.
    ///
    /// the page size `limit` is too large
    ///
    /// 分页参数 limit 过大
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_limit_too_large",
        message = "the page size `limit` is too large",
        detailed_message = "分页参数 limit 过大",
        props(
            status = "400",
            template = "query param reaches limit.",
            cause_en = "The `limit` query parameter of a paged thread or thread member listing is outside 1 to 50.",
            cause_zh = "分页获取子区或子区成员时，查询参数 limit 超出了取值范围 [1,50]。",
            remedy_en = "Set `limit` between 1 and 50 and page through with the cursor.",
            remedy_zh = "把 limit 设在 1 到 50 之间，按游标逐页获取。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the page size `limit` is too large (400 group_error)")]
    ThreadLimitTooLarge,
    /// `thread_message_not_group_message`: thread must on group message to create.
    ///
    /// a thread can only be created on a group message
    ///
    /// 只能基于群消息创建子区
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_message_not_group_message",
        message = "a thread can only be created on a group message",
        detailed_message = "只能基于群消息创建子区",
        props(
            status = "400",
            template = "thread must on group message to create.",
            cause_en = "The message ID given to create the thread is not a group message.",
            cause_zh = "创建子区时指定的消息 ID 不是群组消息。",
            remedy_en = "Give the ID of a message sent in the group.",
            remedy_zh = "传入所属群组中一条群消息的 ID。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("a thread can only be created on a group message (400 group_error)")]
    ThreadMessageNotGroupMessage,
    /// `thread_name_too_long`: thread name limit reached.
    ///
    /// the thread name is too long
    ///
    /// 子区名称过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_name_too_long",
        message = "the thread name is too long",
        detailed_message = "子区名称过长",
        props(
            status = "400",
            template = "thread name limit reached.",
            cause_en = "The thread name given to create or rename a thread is longer than 64 characters.",
            cause_zh = "创建或修改子区时，子区名称超过了 64 个字符。",
            remedy_en = "Use a thread name of at most 64 characters.",
            remedy_zh = "使用不超过 64 个字符的子区名称。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the thread name is too long (400 group_error)")]
    ThreadNameTooLong,
    /// `thread_body_unreadable`: Failed to read HTTP message
    ///
    /// the thread request body cannot be read
    ///
    /// 创建子区的请求体无法解析
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_body_unreadable",
        message = "the thread request body cannot be read",
        detailed_message = "创建子区的请求体无法解析",
        props(
            status = "400",
            template = "Failed to read HTTP message",
            cause_en = "The body of the create-thread request is malformed or has fields of the wrong type, so the server cannot read it.",
            cause_zh = "创建子区的请求体格式不正确或字段类型不对，服务端无法读取。",
            remedy_en = "Check the body's JSON and field types against the API reference, then send it again.",
            remedy_zh = "按接口文档检查请求体的 JSON 格式和各字段类型后重新发送。",
            error = "param_illegal",
            advice = "fix_request"
        )
    )]
    #[error("the thread request body cannot be read (400 param_illegal)")]
    ThreadBodyUnreadable,
    /// `thread_message_not_in_app`: msg not belong to app.
    ///
    /// the message does not belong to the app
    ///
    /// 消息不属于该应用
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_message_not_in_app",
        message = "the message does not belong to the app",
        detailed_message = "消息不属于该应用",
        props(
            status = "400",
            template = "msg not belong to app.",
            cause_en = "The message ID given to create the thread is not a message of this app.",
            cause_zh = "创建子区时指定的消息 ID 不是本应用中的消息。",
            remedy_en = "Use the ID of a group message of this app.",
            remedy_zh = "使用本应用中一条群消息的 ID。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the message does not belong to the app (400 group_error)")]
    ThreadMessageNotInApp,
    /// `thread_message_not_in_group`: msg not belong to group .
    ///
    /// the message does not belong to the group
    ///
    /// 消息不属于该群组
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_message_not_in_group",
        message = "the message does not belong to the group",
        detailed_message = "消息不属于该群组",
        props(
            status = "400",
            template = "msg not belong to group .",
            cause_en = "The message given to create the thread was not sent in the group named by the request.",
            cause_zh = "创建子区时指定的消息不是在请求中的群组里发送的。",
            remedy_en = "Use the ID of a message of that group, or the ID of the group the message was sent in.",
            remedy_zh = "使用该群组中一条消息的 ID，或改用消息所在的群组 ID。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the message does not belong to the group (400 group_error)")]
    ThreadMessageNotInGroup,
    /// `thread_not_nested`: thread not nested.
    ///
    /// threads cannot be nested
    ///
    /// 子区不能嵌套
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_not_nested",
        message = "threads cannot be nested",
        detailed_message = "子区不能嵌套",
        props(
            status = "400",
            template = "thread not nested.",
            cause_en = "The message given to create the thread is itself inside a thread, and threads cannot be created on thread messages.",
            cause_zh = "创建子区时指定的消息本身属于某个子区，而子区内的消息上不能再创建子区。",
            remedy_en = "Create the thread on a message of the group's main conversation instead.",
            remedy_zh = "改用群组主会话中的消息来创建子区。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("threads cannot be nested (400 group_error)")]
    ThreadNotNested,
    /// `thread_app_too_many_threads`: thread number has reached limit.
    ///
    /// the app has reached its thread limit
    ///
    /// 应用的子区数量已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "thread_app_too_many_threads",
        message = "the app has reached its thread limit",
        detailed_message = "应用的子区数量已达上限",
        props(
            status = "403",
            template = "thread number has reached limit.",
            cause_en = "The app already has as many threads as allowed (100,000 by default), so no more can be created.",
            cause_zh = "该应用下的子区总数已达上限（默认 10 万个），不能再创建。",
            remedy_en = "Delete threads that are no longer used, or ask sales to raise the limit.",
            remedy_zh = "删除废弃的子区，或联系商务提高上限。",
            error = "group_error",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app has reached its thread limit (403 group_error)")]
    ThreadAppTooManyThreads,
    /// `thread_user_joined_too_many`: user join thread reach limit.
    ///
    /// the user has joined too many threads
    ///
    /// 用户加入的子区数量已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "thread_user_joined_too_many",
        message = "the user has joined too many threads",
        detailed_message = "用户加入的子区数量已达上限",
        props(
            status = "403",
            template = "user join thread reach limit.",
            cause_en = "When creating or joining a thread, the user already belongs to the maximum number of threads (100,000 by default).",
            cause_zh = "创建子区或加入子区时，相关用户加入的子区数量已达上限（默认 100,000 个）。",
            remedy_en = "Have the user leave threads they no longer use, or ask sales to raise the limit.",
            remedy_zh = "让用户退出不用的子区，或联系商务提高上限。",
            error = "group_error",
            advice = "inform_user"
        )
    )]
    #[error("the user has joined too many threads (403 group_error)")]
    ThreadUserJoinedTooMany,
    /// `thread_already_created_on_message`: msg already create thread.not allow to create.
    ///
    /// the message already has a thread
    ///
    /// 该消息上已有子区
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "thread_already_created_on_message",
        message = "the message already has a thread",
        detailed_message = "该消息上已有子区",
        props(
            status = "403",
            template = "msg already create thread.not allow to create.",
            cause_en = "A thread was already created on the given message, and a message can have only one.",
            cause_zh = "创建子区时指定的消息上已经创建过子区，一条消息只能有一个子区。",
            remedy_en = "Create the thread on another message, or look up the existing thread and join it.",
            remedy_zh = "改用其他消息创建子区，或查到已有的子区后直接加入。",
            error = "group_error",
            advice = "inform_user"
        )
    )]
    #[error("the message already has a thread (403 group_error)")]
    ThreadAlreadyCreatedOnMessage,
    /// `thread_owner_not_in_group`: user not in group.
    ///
    /// the thread owner is not in the group
    ///
    /// 子区创建者不在群组中
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_owner_not_in_group",
        message = "the thread owner is not in the group",
        detailed_message = "子区创建者不在群组中",
        props(
            status = "404",
            template = "user not in group.",
            cause_en = "The user named as the thread's owner is not a member of the group.",
            cause_zh = "创建子区时指定的子区所有者不是该群组的成员。",
            remedy_en = "Name a user who has joined the group as the thread owner.",
            remedy_zh = "使用已加入该群组的用户作为子区所有者。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the thread owner is not in the group (404 group_error)")]
    ThreadOwnerNotInGroup,
    /// `thread_message_not_found`: msg not exist.
    ///
    /// the message does not exist
    ///
    /// 消息不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_message_not_found",
        message = "the message does not exist",
        detailed_message = "消息不存在",
        props(
            status = "404",
            template = "msg not exist.",
            cause_en = "No message has the ID given to create the thread.",
            cause_zh = "创建子区时指定的消息 ID 找不到对应的消息。",
            remedy_en = "Check the message ID and use an existing group message.",
            remedy_zh = "核对消息 ID，使用存在的群消息。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the message does not exist (404 group_error)")]
    ThreadMessageNotFound,
    /// `thread_group_not_found`: group not found.
    ///
    /// the group does not exist
    ///
    /// 群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_group_not_found",
        message = "the group does not exist",
        detailed_message = "群组不存在",
        props(
            status = "404",
            template = "group not found.",
            cause_en = "The group ID given to create the thread does not exist.",
            cause_zh = "创建子区时指定的群组 ID 不存在。",
            remedy_en = "Make sure the group exists and create the thread with its correct ID.",
            remedy_zh = "确认群组存在后，用正确的群组 ID 再创建子区。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the group does not exist (404 group_error)")]
    ThreadGroupNotFound,
    /// `thread_not_found`: thread not found.
    ///
    /// the thread does not exist
    ///
    /// 子区不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "thread_not_found",
        message = "the thread does not exist",
        detailed_message = "子区不存在",
        props(
            status = "404",
            template = "thread not found.",
            cause_en = "The thread ID given to modify or delete a thread, or to manage its members, does not exist.",
            cause_zh = "修改、删除子区或管理子区成员时，指定的子区 ID 不存在。",
            remedy_en = "Check the thread ID and use an existing thread.",
            remedy_zh = "核对子区 ID，使用存在的子区。",
            error = "group_error",
            advice = "fix_request"
        )
    )]
    #[error("the thread does not exist (404 group_error)")]
    ThreadNotFound,
    /// `thread_members_batch_too_large`: request body reaches limit.
    ///
    /// too many users in one thread membership request
    ///
    /// 一次加入或移出子区的用户过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "thread_members_batch_too_large",
        message = "too many users in one thread membership request",
        detailed_message = "一次加入或移出子区的用户过多",
        props(
            status = "400",
            template = "request body reaches limit.",
            cause_en = "The `usernames` list of a request that adds users to a thread or removes them holds more than 10 users.",
            cause_zh = "批量加入子区或批量移出子区成员时，请求体 usernames 中的用户超过了 10 个。",
            remedy_en = "Handle at most 10 users per call and send the rest in further batches.",
            remedy_zh = "每次最多处理 10 个用户，其余的分批提交。",
            error = "group_error",
            advice = "split_payload"
        )
    )]
    #[error("too many users in one thread membership request (400 group_error)")]
    ThreadMembersBatchTooLarge,
}

/// errors of the user account APIs
///
/// 用户账号接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum UserError {
    /// `user_username_too_long`: USERNAME_TOO_LONG
    ///
    /// the user ID is too long
    ///
    /// 用户 ID 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_username_too_long",
        message = "the user ID is too long",
        detailed_message = "用户 ID 过长",
        props(
            status = "400",
            template = "USERNAME_TOO_LONG",
            cause_en = "A username to register, alone or in a batch, is longer than 64 bytes.",
            cause_zh = "注册用户（单个或批量）时，username 超过 64 字节。",
            remedy_en = "Shorten the user ID to 64 bytes or less, then register again.",
            remedy_zh = "把用户 ID 缩短到 64 字节以内后重新注册。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the user ID is too long (400 illegal_argument)")]
    UserUsernameTooLong,
    /// `user_nickname_too_long`: NICKNAME_TOO_LONG
    ///
    /// the push nickname is too long
    ///
    /// 推送昵称过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_nickname_too_long",
        message = "the push nickname is too long",
        detailed_message = "推送昵称过长",
        props(
            status = "400",
            template = "NICKNAME_TOO_LONG",
            cause_en = "The nickname given at registration, shown in push notifications, is over its length limit.",
            cause_zh = "注册用户时提供的 nickname（推送通知栏里显示的昵称）超过了长度上限。",
            remedy_en = "Shorten the nickname, then register again.",
            remedy_zh = "缩短 nickname 后重新注册。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the push nickname is too long (400 illegal_argument)")]
    UserNicknameTooLong,
    /// `user_username_not_legal`: username [{username}] is not legal
    ///
    /// the user ID to register is not allowed
    ///
    /// 要注册的用户 ID 不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_username_not_legal",
        message = "the user ID to register is not allowed",
        detailed_message = "要注册的用户 ID 不合法",
        props(
            status = "400",
            template = "username [{username}] is not legal",
            cause_en = "A username to register, alone or in a batch, has characters the service does not allow or breaks another user ID rule.",
            cause_zh = "注册用户（单个或批量）时，username 含有不支持的字符，或不符合用户 ID 的其他规则。",
            remedy_en = "Use only letters, digits, `_`, `-` and `.` as the rules say, then register again.",
            remedy_zh = "只用字母、数字、下划线、短横线和点，按规则改正用户 ID 后重新注册。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the user ID to register is not allowed (400 illegal_argument)")]
    UserUsernameNotLegal,
    /// `user_token_illegal`: token is illegal.
    ///
    /// the token is illegal
    ///
    /// token 不合法
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "user_token_illegal",
        message = "the token is illegal",
        detailed_message = "token 不合法",
        props(
            status = "401",
            template = "token is illegal.",
            cause_en = "The token does not fit the request: what it was generated from differs from what the request carries.",
            cause_zh = "token 与请求对不上：生成 token 时使用的信息与本次请求携带的信息不一致。",
            remedy_en = "Generate a new token from the credentials of the app the request is for, then send it again.",
            remedy_zh = "用与本次请求一致的应用凭证重新生成 token 后再发送。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("the token is illegal (401 unauthorized)")]
    UserTokenIllegal,
    /// `user_registration_requires_token`: Open registration doesn't allow, so register user need token
    ///
    /// registering a user needs a token
    ///
    /// 注册用户需要 token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "user_registration_requires_token",
        message = "registering a user needs a token",
        detailed_message = "注册用户需要 token",
        props(
            status = "401",
            template = "Open registration doesn't allow, so register user need token",
            cause_en = "The app only allows authorized registration and the request to register a user carries no app token.",
            cause_zh = "应用采用授权注册模式，不开放注册，而注册单个用户的请求没有携带 App Token。",
            remedy_en = "Put a valid app token in the Authorization header, then register again.",
            remedy_zh = "在 Authorization 头中带上有效的 App Token 后重新注册。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("registering a user needs a token (401 unauthorized)")]
    UserRegistrationRequiresToken,
    /// `user_community_edition_limit`: You have exceeded the limit of the community edition,Please upgrade to the enterprise edition
    ///
    /// the app has as many users as its plan allows
    ///
    /// 注册用户数超过套餐上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "user_community_edition_limit",
        message = "the app has as many users as its plan allows",
        detailed_message = "注册用户数超过套餐上限",
        props(
            status = "429",
            template = "You have exceeded the limit of the community edition,Please upgrade to the enterprise edition",
            cause_en = "The app has registered as many users as its current plan allows.",
            cause_zh = "应用的注册用户数已达到当前套餐版本允许的上限。",
            remedy_en = "Ask sales to move the app to a paid plan, or delete users you no longer need first.",
            remedy_zh = "联系商务升级到付费套餐，或先删除不再使用的用户。",
            error = "resource_limited",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app has as many users as its plan allows (429 resource_limited)")]
    UserCommunityEditionLimit,
    /// `user_conflicting_passwords`: the same user {username} has a different password, the passwords are {passwords}
    ///
    /// one user ID comes with different passwords
    ///
    /// 同一个用户 ID 带有不同的密码
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_conflicting_passwords",
        message = "one user ID comes with different passwords",
        detailed_message = "同一个用户 ID 带有不同的密码",
        props(
            status = "400",
            template = "the same user {username} has a different password, the passwords are {passwords}",
            cause_en = "The batch registration body lists the same username more than once with different passwords.",
            cause_zh = "批量注册的请求体中同一个 username 出现多次，而且密码不一样。",
            remedy_en = "Drop the duplicates or correct the usernames so each user appears once, then register again.",
            remedy_zh = "去掉重复的用户，或改正用户 ID，让每个用户只出现一次后重新注册。",
            error = "duplicate_unique_property_exists",
            advice = "fix_request"
        )
    )]
    #[error("one user ID comes with different passwords (400 duplicate_unique_property_exists)")]
    UserConflictingPasswords,
    /// `user_batch_register_over_limit`: Request body array size[{size}] had almost reached or been greater than the upper range value[{max}]
    ///
    /// too many users in one batch registration
    ///
    /// 批量注册的用户数超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "user_batch_register_over_limit",
        message = "too many users in one batch registration",
        detailed_message = "批量注册的用户数超过上限",
        props(
            status = "400",
            template = "Request body array size[{size}] had almost reached or been greater than the upper range value[{max}]",
            cause_en = "A batch registration sends more users than one request may hold (60 per the documents); the description gives the count and the limit.",
            cause_zh = "批量注册时一次提交的用户数超过了单次上限（文档写明每次最多 60 个）；描述给出提交的数量和上限。",
            remedy_en = "Register at most 60 users per request, in batches.",
            remedy_zh = "每次最多注册 60 个用户，分批提交。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("too many users in one batch registration (400 illegal_argument)")]
    UserBatchRegisterOverLimit,
    /// `user_batch_registration_requires_token`: Open registration doesn't allow, so register user need token,
    ///
    /// registering users in a batch needs a token
    ///
    /// 批量注册用户需要 token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "user_batch_registration_requires_token",
        message = "registering users in a batch needs a token",
        detailed_message = "批量注册用户需要 token",
        props(
            status = "401",
            template = "Open registration doesn't allow, so register user need token,",
            cause_en = "The app only allows authorized registration and the batch registration request carries no app token; the documents show this description with a trailing comma.",
            cause_zh = "应用采用授权注册模式，而批量注册用户的请求没有携带 App Token；文档中该描述末尾多一个逗号。",
            remedy_en = "Put a valid app token in the Authorization header, then register again.",
            remedy_zh = "在 Authorization 头中带上有效的 App Token 后重新注册。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("registering users in a batch needs a token (401 unauthorized)")]
    UserBatchRegistrationRequiresToken,
    /// `user_id_not_in_app`: User with id null does not exist in app {app}
    ///
    /// the user to delete does not exist
    ///
    /// 要删除的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_id_not_in_app",
        message = "the user to delete does not exist",
        detailed_message = "要删除的用户不存在",
        props(
            status = "400",
            template = "User with id null does not exist in app {app}",
            cause_en = "The user ID in the URL of a delete-user request does not exist in the app.",
            cause_zh = "删除单个用户时，URL 中的用户 ID 在该应用下不存在。",
            remedy_en = "Check the user ID; if the user was already deleted, there is nothing more to do.",
            remedy_zh = "核对用户 ID；如果用户已被删除，无需再次删除。",
            error = "management",
            advice = "fix_request"
        )
    )]
    #[error("the user to delete does not exist (400 management)")]
    UserIdNotInApp,
    /// `user_entity_not_found`: User null not found
    ///
    /// the user whose password to change does not exist
    ///
    /// 要修改密码的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_entity_not_found",
        message = "the user whose password to change does not exist",
        detailed_message = "要修改密码的用户不存在",
        props(
            status = "404",
            template = "User null not found",
            cause_en = "The user ID in the URL of a change-password request does not exist.",
            cause_zh = "修改用户密码时，URL 中的用户 ID 不存在。",
            remedy_en = "Register the user first, or correct the user ID, then retry.",
            remedy_zh = "先注册该用户，或改正用户 ID 后重试。",
            error = "entity_not_found",
            advice = "fix_request"
        )
    )]
    #[error("the user whose password to change does not exist (404 entity_not_found)")]
    UserEntityNotFound,
    /// `user_new_password_required_quoted`: "newpassword is required"
    ///
    /// the new password is missing
    ///
    /// 缺少新密码
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_new_password_required_quoted",
        message = "the new password is missing",
        detailed_message = "缺少新密码",
        props(
            status = "400",
            template = "\"newpassword is required\"",
            cause_en = "The change-password body has no newpassword field; the documents list this description together with its double quotes.",
            cause_zh = "修改用户密码的请求体没有 newpassword 字段；文档在此处把描述连同双引号一起列出。",
            remedy_en = "Put newpassword in the body, then send the request again.",
            remedy_zh = "在请求体中提供 newpassword 后重新发送。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the new password is missing (400 illegal_argument)")]
    UserNewPasswordRequiredQuoted,
    /// `user_batch_status_over_limit`: request body exceeds maximum limit, maximum limit is 100
    ///
    /// more than 100 users in a batch status query
    ///
    /// 批量查询在线状态的用户超过 100 个
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "user_batch_status_over_limit",
        message = "more than 100 users in a batch status query",
        detailed_message = "批量查询在线状态的用户超过 100 个",
        props(
            status = "400",
            template = "request body exceeds maximum limit, maximum limit is 100",
            cause_en = "A batch request for users' online status has more than 100 user IDs in `usernames`.",
            cause_zh = "批量获取用户在线状态时，usernames 中的用户 ID 超过 100 个。",
            remedy_en = "Ask for at most 100 users per request, in batches.",
            remedy_zh = "每次最多查询 100 个用户，分批查询。",
            error = "illegal_argument",
            advice = "split_payload"
        )
    )]
    #[error("more than 100 users in a batch status query (400 illegal_argument)")]
    UserBatchStatusOverLimit,
    /// `user_token_user_not_found`: user not found
    ///
    /// the user to log in does not exist
    ///
    /// 要登录的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_token_user_not_found",
        message = "the user to log in does not exist",
        detailed_message = "要登录的用户不存在",
        props(
            status = "404",
            template = "user not found",
            cause_en = "A request for a user token, that is a login, with a user ID and password names a user the app does not have, for example one never registered. The Web SDK looks for this description in 404 responses.",
            cause_zh = "以用户 ID 和密码获取用户 token（即登录）时，该用户 ID 在应用中不存在，例如从未注册过。Web SDK 在 404 响应中识别这一描述。",
            remedy_en = "Register the user first, or check the user ID and the app key, then log in again.",
            remedy_zh = "先注册该用户，或核对用户 ID 与 App Key 后再登录。",
            error = "invalid_grant",
            advice = "fix_request"
        )
    )]
    #[error("the user to log in does not exist (404 invalid_grant)")]
    UserTokenUserNotFound,
    /// `user_token_user_not_activated`: user not activated
    ///
    /// the user is banned and cannot get a token
    ///
    /// 用户已被封禁，无法获取 token
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "user_token_user_not_activated",
        message = "the user is banned and cannot get a token",
        detailed_message = "用户已被封禁，无法获取 token",
        props(
            status = "400",
            template = "user not activated",
            cause_en = "A user token was requested for a user who is banned, that is deactivated.",
            cause_zh = "获取用户 token 时，该用户处于封禁（未激活）状态。",
            remedy_en = "Unban the user first, then request the user token again.",
            remedy_zh = "先解禁该用户，再重新获取用户 token。",
            error = "invalid_grant",
            advice = "inform_user"
        )
    )]
    #[error("the user is banned and cannot get a token (400 invalid_grant)")]
    UserTokenUserNotActivated,
    /// `user_token_invalid_password`: invalid password
    ///
    /// the user's password is wrong
    ///
    /// 用户密码错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "user_token_invalid_password",
        message = "the user's password is wrong",
        detailed_message = "用户密码错误",
        props(
            status = "400",
            template = "invalid password",
            cause_en = "The password given to get a user token with a user ID and password is wrong.",
            cause_zh = "以用户 ID 和密码获取用户 token 时，传入的密码不正确。",
            remedy_en = "Send the user's correct password, then request the token again.",
            remedy_zh = "传入该用户正确的密码后重新获取 token。",
            error = "invalid_grant",
            advice = "fix_request"
        )
    )]
    #[error("the user's password is wrong (400 invalid_grant)")]
    UserTokenInvalidPassword,
    /// `user_token_concurrent_auto_create`: concurrency create app user failed
    ///
    /// concurrent token requests collided while auto-creating the user
    ///
    /// 并发获取 token 时自动注册用户冲突
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "user_token_concurrent_auto_create",
        message = "concurrent token requests collided while auto-creating the user",
        detailed_message = "并发获取 token 时自动注册用户冲突",
        props(
            status = "409",
            template = "concurrency create app user failed",
            cause_en = "Several token requests for the same unregistered user arrived within one second with auto-creation on (`grant_type` `inherit`, `autoCreateUser` `true`), and the concurrent registrations collided. It does not happen once the user is registered.",
            cause_zh = "在同一秒内多次为同一个尚未注册的用户获取 token，并设置了自动创建用户（grant_type 为 inherit、autoCreateUser 为 true），并发注册发生冲突。用户已注册时不会出现此错误。",
            remedy_en = "Avoid several calls that auto-create the same user within one second; register the user first, or retry once a moment later.",
            remedy_zh = "避免在同一秒内多次调用该接口自动创建同一用户；可以先注册用户，或稍后重试一次。",
            error = "concurrent_operation_error",
            advice = "retry"
        )
    )]
    #[error(
        "concurrent token requests collided while auto-creating the user (409 concurrent_operation_error)"
    )]
    UserTokenConcurrentAutoCreate,
}

/// errors of the user attribute APIs
///
/// 用户属性接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum UserAttributeError {
    /// `attribute_user_size_over_limit`: size of metadata for this single user exceeds the user defined limit, {limit}Bytes
    ///
    /// the user's attributes exceed the per-user limit
    ///
    /// 单个用户的属性总量超过上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "attribute_user_size_over_limit",
        message = "the user's attributes exceed the per-user limit",
        detailed_message = "单个用户的属性总量超过上限",
        props(
            status = "403",
            template = "size of metadata for this single user exceeds the user defined limit, {limit}Bytes",
            cause_en = "With this update the user's attributes would exceed the per-user limit (2 KB by default); the description gives the limit in bytes.",
            cause_zh = "设置后该用户全部属性的总长度会超过为单个用户配置的上限（默认 2 KB）；描述给出上限的字节数。",
            remedy_en = "Trim the user's attributes, or ask sales to raise the limit.",
            remedy_zh = "精简该用户的属性，或联系商务提高上限。",
            error = "FORBIDDEN",
            advice = "fix_request"
        )
    )]
    #[error("the user's attributes exceed the per-user limit (403 FORBIDDEN)")]
    AttributeUserSizeOverLimit,
    /// `attribute_field_too_long`: size of metadata for this single user exceeds the current mysql column size, {limit}Bytes
    ///
    /// a user attribute field is too long
    ///
    /// 用户属性字段超过长度限制
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "attribute_field_too_long",
        message = "a user attribute field is too long",
        detailed_message = "用户属性字段超过长度限制",
        props(
            status = "403",
            template = "size of metadata for this single user exceeds the current mysql column size, {limit}Bytes",
            cause_en = "A user attribute field, such as the nickname, is longer than that field allows; the description gives the limit in bytes.",
            cause_zh = "某个用户属性字段（例如昵称）超过了该字段的长度限制；描述给出限制的字节数。",
            remedy_en = "Shorten the field to the length the set-user-attributes API lists, then retry.",
            remedy_zh = "按设置用户属性接口列出的字段长度限制缩短内容后重试。",
            error = "FORBIDDEN",
            advice = "fix_request"
        )
    )]
    #[error("a user attribute field is too long (403 FORBIDDEN)")]
    AttributeFieldTooLong,
    /// `attribute_app_size_over_limit`: total size of user metadata for this app exceeds the user defined limit, {limit}Bytes
    ///
    /// the app's user attributes exceed the total limit
    ///
    /// 应用的用户属性总量超过上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "attribute_app_size_over_limit",
        message = "the app's user attributes exceed the total limit",
        detailed_message = "应用的用户属性总量超过上限",
        props(
            status = "403",
            template = "total size of user metadata for this app exceeds the user defined limit, {limit}Bytes",
            cause_en = "The attributes of all users of the app exceed the configured total (10 GB by default); the description gives the limit in bytes.",
            cause_zh = "应用下所有用户的属性总长度超过配置的上限（默认 10 GB）；描述给出上限的字节数。",
            remedy_en = "Delete user attributes you no longer need, or ask sales to raise the limit.",
            remedy_zh = "删除不再需要的用户属性，或联系商务提高上限。",
            error = "FORBIDDEN",
            advice = "upgrade_plan"
        )
    )]
    #[error("the app's user attributes exceed the total limit (403 FORBIDDEN)")]
    AttributeAppSizeOverLimit,
    /// `attribute_update_failed`: update metadata failed
    ///
    /// updating the user attributes failed
    ///
    /// 更新用户属性失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "attribute_update_failed",
        message = "updating the user attributes failed",
        detailed_message = "更新用户属性失败",
        props(
            status = "500",
            template = "update metadata failed",
            cause_en = "The server failed and could not store the user attributes.",
            cause_zh = "服务端发生异常，没能保存用户属性。",
            remedy_en = "Retry later with backoff; contact support if it keeps failing.",
            remedy_zh = "稍后按退避策略重试；持续失败时联系技术支持。",
            error = "INTERNAL_SERVER_ERROR",
            advice = "retry_with_backoff"
        )
    )]
    #[error("updating the user attributes failed (500 INTERNAL_SERVER_ERROR)")]
    AttributeUpdateFailed,
    /// `attribute_auth_error`: auth error
    ///
    /// authentication failed for the user attribute API
    ///
    /// 用户属性接口鉴权失败
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "attribute_auth_error",
        message = "authentication failed for the user attribute API",
        detailed_message = "用户属性接口鉴权失败",
        props(
            status = "401",
            template = "auth error",
            cause_en = "The token is invalid or does not match the `username` in the path, for example one user's token used on another user's attributes.",
            cause_zh = "token 无效，或与路径参数中的用户 ID 不匹配，例如用一个用户的 token 读写另一个用户的属性。",
            remedy_en = "Use an app token, or the user token of the `username` in the path, then retry.",
            remedy_zh = "改用 App Token，或与路径中 username 对应的用户 Token 后重试。",
            error = "metadata_error",
            advice = "refresh_token"
        )
    )]
    #[error("authentication failed for the user attribute API (401 metadata_error)")]
    AttributeAuthError,
    /// `attribute_batch_size_exceeded`: exceed allowed batch size {max}
    ///
    /// too many users in one batch
    ///
    /// 批量获取的用户数超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "attribute_batch_size_exceeded",
        message = "too many users in one batch",
        detailed_message = "批量获取的用户数超过上限",
        props(
            status = "400",
            template = "exceed allowed batch size {max}",
            cause_en = "A batch request for user attributes names more users than allowed (100 per the documents); the description gives the limit.",
            cause_zh = "批量获取用户属性时一次传入的用户超过上限（文档为 100 个）；描述给出允许的数量。",
            remedy_en = "Ask for at most 100 users per request, in batches.",
            remedy_zh = "每次最多查询 100 个用户，分批获取。",
            error = "BAD_REQUEST",
            advice = "split_payload"
        )
    )]
    #[error("too many users in one batch (400 BAD_REQUEST)")]
    AttributeBatchSizeExceeded,
    /// `attribute_app_token_required`: unauthorized
    ///
    /// an app token is required
    ///
    /// 需要 App 级别的权限
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "attribute_app_token_required",
        message = "an app token is required",
        detailed_message = "需要 App 级别的权限",
        props(
            status = "401",
            template = "unauthorized",
            cause_en = "Getting the app's total attribute size needs app-level rights, but the request used a user token or an invalid one.",
            cause_zh = "获取应用用户属性总大小需要 App 级别的权限，而请求用的是用户 Token 或无效的 Token。",
            remedy_en = "Use a valid app token, then retry.",
            remedy_zh = "改用有效的 App Token 后重试。",
            error = "unauthorized",
            advice = "refresh_token"
        )
    )]
    #[error("an app token is required (401 unauthorized)")]
    AttributeAppTokenRequired,
}

/// errors of the presence APIs
///
/// 在线状态订阅接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum PresenceError {
    /// `presence_ext_null`: ext cannot be null
    ///
    /// the presence extension is null
    ///
    /// 在线状态扩展信息为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_ext_null",
        message = "the presence extension is null",
        detailed_message = "在线状态扩展信息为空",
        props(
            status = "400",
            template = "ext cannot be null",
            cause_en = "The request to set a user's presence passes a null `ext`.",
            cause_zh = "设置用户在线状态时，ext 参数传了空值。",
            remedy_en = "Give `ext` a non-null value, then retry.",
            remedy_zh = "为 ext 传入非空的值后重试。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the presence extension is null (400 illegal_argument)")]
    PresenceExtNull,
    /// `presence_subscribe_usernames_empty`: usernames is empty
    ///
    /// the list of users to subscribe to is empty
    ///
    /// 要订阅的用户列表为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_subscribe_usernames_empty",
        message = "the list of users to subscribe to is empty",
        detailed_message = "要订阅的用户列表为空",
        props(
            status = "400",
            template = "usernames is empty",
            cause_en = "A batch presence subscription has an empty array of user IDs to subscribe to.",
            cause_zh = "批量订阅在线状态时，被订阅用户的 ID 数组为空。",
            remedy_en = "Pass at least one user ID to subscribe to.",
            remedy_zh = "至少传入一个要订阅的用户 ID。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the list of users to subscribe to is empty (400 illegal_argument)")]
    PresenceSubscribeUsernamesEmpty,
    /// `presence_group_id_null`: Id cannot be null.
    ///
    /// the group ID is empty
    ///
    /// 群组 ID 为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_group_id_null",
        message = "the group ID is empty",
        detailed_message = "群组 ID 为空",
        props(
            status = "400",
            template = "Id cannot be null.",
            cause_en = "The request for a group's online member count gives no group ID.",
            cause_zh = "查询单个群组的在线成员数量时没有传群组 ID。",
            remedy_en = "Pass the group ID, then retry.",
            remedy_zh = "在请求中传入群组 ID 后重试。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the group ID is empty (400 illegal_argument)")]
    PresenceGroupIdNull,
    /// `presence_query_type_null`: Type cannot be null.
    ///
    /// the query type is empty
    ///
    /// 查询类型为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_query_type_null",
        message = "the query type is empty",
        detailed_message = "查询类型为空",
        props(
            status = "400",
            template = "Type cannot be null.",
            cause_en = "The request for a group's online member count gives no `query_type`.",
            cause_zh = "查询群组在线成员数量时没有传查询类型 query_type。",
            remedy_en = "Pass `query_type`; use 1 for a group.",
            remedy_zh = "传入 query_type；查询群组时设为 1。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the query type is empty (400 illegal_argument)")]
    PresenceQueryTypeNull,
    /// `presence_query_type_invalid`: Type must be 0 or 1.
    ///
    /// the query type must be 0 or 1
    ///
    /// 查询类型只能是 0 或 1
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_query_type_invalid",
        message = "the query type must be 0 or 1",
        detailed_message = "查询类型只能是 0 或 1",
        props(
            status = "400",
            template = "Type must be 0 or 1.",
            cause_en = "`query_type` is neither 0 nor 1. 1 asks for a group's online members; 0 is for a server of a super community and has nothing to do with groups.",
            cause_zh = "query_type 既不是 0 也不是 1。1 表示查询群组的在线成员数，0 用于超级社区中的社区 server，与群组无关。",
            remedy_en = "Set `query_type` to 1 to count a group's online members.",
            remedy_zh = "查询群组的在线成员数时把 query_type 设为 1。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the query type must be 0 or 1 (400 illegal_argument)")]
    PresenceQueryTypeInvalid,
    /// `presence_group_online_not_open`: this appkey not open rest group online service
    ///
    /// the group online count service is not enabled
    ///
    /// 群组在线人数统计未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "presence_group_online_not_open",
        message = "the group online count service is not enabled",
        detailed_message = "群组在线人数统计未开通",
        props(
            status = "400",
            template = "this appkey not open rest group online service",
            cause_en = "The app has not enabled the service that counts a group's online members.",
            cause_zh = "应用没有开通统计群组在线人数的服务。",
            remedy_en = "Ask sales to enable the service, then call again.",
            remedy_zh = "联系商务开通该服务后再调用。",
            error = "service open exception",
            advice = "enable_service"
        )
    )]
    #[error("the group online count service is not enabled (400 service open exception)")]
    PresenceGroupOnlineNotOpen,
    /// `presence_unsubscribe_usernames_null`: usernames cannot be null
    ///
    /// the list of users to unsubscribe from is empty
    ///
    /// 要取消订阅的用户列表为空
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "presence_unsubscribe_usernames_null",
        message = "the list of users to unsubscribe from is empty",
        detailed_message = "要取消订阅的用户列表为空",
        props(
            status = "400",
            template = "usernames cannot be null",
            cause_en = "The request to unsubscribe from users' presence has an empty array of user IDs.",
            cause_zh = "取消订阅多个用户的在线状态时，用户 ID 数组为空。",
            remedy_en = "Pass at least one user ID to unsubscribe from.",
            remedy_zh = "至少传入一个要取消订阅的用户 ID。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the list of users to unsubscribe from is empty (400 illegal_argument)")]
    PresenceUnsubscribeUsernamesNull,
}

/// errors of the message reaction APIs
///
/// 消息表情回复（Reaction）接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ReactionError {
    /// `reaction_count_limit`: The quantity has exceeded the limit!
    ///
    /// the message has as many reactions as allowed
    ///
    /// 该消息的 Reaction 数量已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "reaction_count_limit",
        message = "the message has as many reactions as allowed",
        detailed_message = "该消息的 Reaction 数量已达上限",
        props(
            status = "400",
            template = "The quantity has exceeded the limit!",
            cause_en = "The message already carries the most reactions allowed, 20 by default.",
            cause_zh = "一条消息上的 Reaction 已达到上限，默认为 20 个。",
            remedy_en = "Tell the user no more reactions can be added; ask sales if you really need a higher limit.",
            remedy_zh = "告知用户无法再添加新的 Reaction；确实需要更多时联系商务提高上限。",
            error = "Bad Request",
            advice = "inform_user"
        )
    )]
    #[error("the message has as many reactions as allowed (400 Bad Request)")]
    ReactionCountLimit,
    /// `reaction_user_operation_illegal`: the user operation is illegal!
    ///
    /// the user may not act on this reaction
    ///
    /// 该用户不能操作这个 Reaction
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "reaction_user_operation_illegal",
        message = "the user may not act on this reaction",
        detailed_message = "该用户不能操作这个 Reaction",
        props(
            status = "400",
            template = "the user operation is illegal!",
            cause_en = "When adding, the user is not a party to the conversation; when deleting, the user never added this reaction.",
            cause_zh = "添加 Reaction 时，操作用户不是该会话的参与方；或删除 Reaction 时，该用户从未添加过这个 Reaction。",
            remedy_en = "Add reactions as a party to the conversation; delete them as the user who added them.",
            remedy_zh = "添加时使用会话参与方的用户 ID；删除时传入添加过该 Reaction 的用户 ID。",
            error = "Bad Request",
            advice = "fix_request"
        )
    )]
    #[error("the user may not act on this reaction (400 Bad Request)")]
    ReactionUserOperationIllegal,
    /// `reaction_already_added`: the user is already operation this message
    ///
    /// the user already added this reaction
    ///
    /// 用户已添加过相同的 Reaction
    ///
    /// Advice: `none`
    #[strum(
        serialize = "reaction_already_added",
        message = "the user already added this reaction",
        detailed_message = "用户已添加过相同的 Reaction",
        props(
            status = "400",
            template = "the user is already operation this message",
            cause_en = "The same user adds the same reaction to the same message again.",
            cause_zh = "同一用户对同一条消息重复添加同一个 Reaction。",
            remedy_en = "Treat it as done; there is nothing to add.",
            remedy_zh = "视为已添加，无需重复操作。",
            error = "Bad Request",
            advice = "none"
        )
    )]
    #[error("the user already added this reaction (400 Bad Request)")]
    ReactionAlreadyAdded,
    /// `reaction_too_many_message_ids`: msgIdList exceeds the maximum number limit
    ///
    /// too many message IDs in one query
    ///
    /// 一次查询的消息 ID 过多
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "reaction_too_many_message_ids",
        message = "too many message IDs in one query",
        detailed_message = "一次查询的消息 ID 过多",
        props(
            status = "400",
            template = "msgIdList exceeds the maximum number limit",
            cause_en = "The request for reactions by message ID has more than 20 IDs in `msgIdList`.",
            cause_zh = "根据消息 ID 获取 Reaction 时，msgIdList 中的消息 ID 超过 20 个。",
            remedy_en = "Pass at most 20 message IDs per request, in batches.",
            remedy_zh = "每次最多传 20 个消息 ID，分批查询。",
            error = "Bad Request",
            advice = "split_payload"
        )
    )]
    #[error("too many message IDs in one query (400 Bad Request)")]
    ReactionTooManyMessageIds,
    /// `reaction_group_id_required`: groupId can not be null!
    ///
    /// the group ID is missing for a group chat
    ///
    /// 群聊缺少群组 ID
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "reaction_group_id_required",
        message = "the group ID is missing for a group chat",
        detailed_message = "群聊缺少群组 ID",
        props(
            status = "400",
            template = "groupId can not be null!",
            cause_en = "The request for reactions has `msgType` groupchat but no `groupId`, or a null one.",
            cause_zh = "根据消息 ID 获取 Reaction 时 msgType 为 groupchat，但 groupId 没有传或为 null。",
            remedy_en = "Pass `groupId` along with group chat messages.",
            remedy_zh = "查询群聊消息的 Reaction 时同时传入 groupId。",
            error = "Bad Request",
            advice = "fix_request"
        )
    )]
    #[error("the group ID is missing for a group chat (400 Bad Request)")]
    ReactionGroupIdRequired,
    /// `reaction_limit_too_large`: Limit exceeds the maximum quantity limit
    ///
    /// the page size `limit` is over its maximum
    ///
    /// 每页数量 limit 超过上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "reaction_limit_too_large",
        message = "the page size `limit` is over its maximum",
        detailed_message = "每页数量 limit 超过上限",
        props(
            status = "400",
            template = "Limit exceeds the maximum quantity limit",
            cause_en = "The request for a reaction's users by message ID and reaction passes a `limit` over 50.",
            cause_zh = "根据消息 ID 和表情 ID 获取 Reaction 详情时，limit 超过 50。",
            remedy_en = "Set `limit` between 1 and 50.",
            remedy_zh = "把 limit 设在 1 到 50 之间。",
            error = "Bad Request",
            advice = "fix_request"
        )
    )]
    #[error("the page size `limit` is over its maximum (400 Bad Request)")]
    ReactionLimitTooLarge,
    /// `reaction_user_not_in_group`: The user not in this group!
    ///
    /// the user is not in the group
    ///
    /// 用户不在该群组中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "reaction_user_not_in_group",
        message = "the user is not in the group",
        detailed_message = "用户不在该群组中",
        props(
            status = "400",
            template = "The user not in this group!",
            cause_en = "A user who is not a member of the group tries to add a reaction to one of its messages.",
            cause_zh = "对群组消息添加 Reaction 时，操作的用户不是该群组的成员。",
            remedy_en = "Tell the user to join the group before reacting to its messages.",
            remedy_zh = "告知用户先加入该群组，才能对群内消息添加 Reaction。",
            advice = "inform_user"
        )
    )]
    #[error("the user is not in the group (400)")]
    ReactionUserNotInGroup,
    /// `reaction_being_created`: this message is creating reaction, please try again.
    ///
    /// a reaction on the message is being created
    ///
    /// 该消息的 Reaction 正在创建中
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "reaction_being_created",
        message = "a reaction on the message is being created",
        detailed_message = "该消息的 Reaction 正在创建中",
        props(
            status = "400",
            template = "this message is creating reaction, please try again.",
            cause_en = "Another request is creating a reaction on the same message, and the service cannot handle this one at the same moment.",
            cause_zh = "另一个请求正在为同一条消息创建 Reaction，服务此刻无法同时处理这次操作。",
            remedy_en = "Wait a moment, then retry.",
            remedy_zh = "稍等片刻后重试一次。",
            advice = "retry"
        )
    )]
    #[error("a reaction on the message is being created (400)")]
    ReactionBeingCreated,
}

/// errors of the user favorite APIs
///
/// 用户收藏接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum FavoriteError {
    /// `favorite_limit_too_large`: limit should be less than 200
    ///
    /// the page size `limit` is over 200
    ///
    /// 每页收藏数超过上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "favorite_limit_too_large",
        message = "the page size `limit` is over 200",
        detailed_message = "每页收藏数超过上限",
        props(
            status = "400",
            template = "limit should be less than 200",
            cause_en = "The request to page through a user's favorites passes a `limit` over 200.",
            cause_zh = "分页获取用户收藏时 limit 超过 200。",
            remedy_en = "Set `limit` between 1 and 200.",
            remedy_zh = "把 limit 设在 1 到 200 之间。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the page size `limit` is over 200 (400 illegal_argument)")]
    FavoriteLimitTooLarge,
    /// `favorite_direction_invalid`: direction should be desc or asc
    ///
    /// the direction must be desc or asc
    ///
    /// 查询方向取值无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "favorite_direction_invalid",
        message = "the direction must be desc or asc",
        detailed_message = "查询方向取值无效",
        props(
            status = "400",
            template = "direction should be desc or asc",
            cause_en = "The request to page through favorites passes a `direction` other than desc or asc.",
            cause_zh = "分页获取用户收藏时，direction 既不是 desc 也不是 asc。",
            remedy_en = "Set `direction` to desc or asc, or leave it out for desc.",
            remedy_zh = "把 direction 设为 desc 或 asc，或者不传（默认 desc）。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the direction must be desc or asc (400 illegal_argument)")]
    FavoriteDirectionInvalid,
    /// `favorite_not_found`: user collection not found
    ///
    /// the favorite does not exist
    ///
    /// 用户收藏不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "favorite_not_found",
        message = "the favorite does not exist",
        detailed_message = "用户收藏不存在",
        props(
            status = "400",
            template = "user collection not found",
            cause_en = "The favorite ID in `collection_id` (when paging) or in `collection_ids` (when deleting) does not exist.",
            cause_zh = "分页查询时的 collection_id，或删除时 collection_ids 中的收藏 ID 不存在。",
            remedy_en = "Use the ID of an existing favorite, then retry.",
            remedy_zh = "改用存在的收藏 ID 后重试。",
            advice = "fix_request"
        )
    )]
    #[error("the favorite does not exist (400)")]
    FavoriteNotFound,
}

/// errors of the contact and block list APIs
///
/// 好友关系与黑名单接口的错误
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    strum::EnumCount,
    thiserror::Error,
)]
#[non_exhaustive]
pub enum ContactError {
    /// `contact_limit_reached`: user contact number exceed limit
    ///
    /// the contact list is full
    ///
    /// 好友数量已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "contact_limit_reached",
        message = "the contact list is full",
        detailed_message = "好友数量已达上限",
        props(
            status = "403",
            template = "user contact number exceed limit",
            cause_en = "When adding a contact, the inviter or the invitee already has as many contacts as the plan allows (100 per user on the free plan).",
            cause_zh = "添加好友时，发起方或被添加方的好友数已达到套餐上限（免费版为每个用户 100 个）。",
            remedy_en = "Tell the user to remove some contacts first; upgrade the plan if you need a higher limit.",
            remedy_zh = "告知用户先删除部分好友；需要更高上限时升级套餐。",
            error = "exceed_limit",
            advice = "inform_user"
        )
    )]
    #[error("the contact list is full (403 exceed_limit)")]
    ContactLimitReached,
    /// `contact_remark_not_friends`: updateRemark they are not friends, please add as a friend first.
    ///
    /// a remark needs the two users to be contacts
    ///
    /// 不是好友，不能设置备注
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "contact_remark_not_friends",
        message = "a remark needs the two users to be contacts",
        detailed_message = "不是好友，不能设置备注",
        props(
            status = "400",
            template = "updateRemark they are not friends, please add as a friend first.",
            cause_en = "The two users of a set-remark request are not contacts of each other.",
            cause_zh = "设置好友备注时，这两个用户还不是好友关系。",
            remedy_en = "Add them as contacts first, then set the remark.",
            remedy_zh = "先添加好友，再设置备注。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("a remark needs the two users to be contacts (400 illegal_argument)")]
    ContactRemarkNotFriends,
    /// `contact_page_size_too_large`: getContacts | page size more than max limit : 50
    ///
    /// the page size `limit` is over 50
    ///
    /// 每页好友数超过 50
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "contact_page_size_too_large",
        message = "the page size `limit` is over 50",
        detailed_message = "每页好友数超过 50",
        props(
            status = "400",
            template = "getContacts | page size more than max limit : 50",
            cause_en = "The request to page through contacts passes a `limit` over 50. The documents' table takes the `|` inside this description for a column separator and splits it into `getContacts` and `page size more than max limit : 50`.",
            cause_zh = "分页获取好友列表时 limit 超过 50。文档表格把该描述中的竖线当成了列分隔符，拆成 getContacts 与 page size more than max limit : 50 两格。",
            remedy_en = "Set `limit` between 1 and 50.",
            remedy_zh = "把 limit 设在 1 到 50 之间。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the page size `limit` is over 50 (400 illegal_argument)")]
    ContactPageSizeTooLarge,
    /// `contact_block_target_not_found`: attempt to adding new block[{blocked_username}] for user[{username}],but user[{missing_username}] not found.
    ///
    /// the user to block does not exist
    ///
    /// 要拉黑的用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "contact_block_target_not_found",
        message = "the user to block does not exist",
        detailed_message = "要拉黑的用户不存在",
        props(
            status = "400",
            template = "attempt to adding new block[{blocked_username}] for user[{username}],but user[{missing_username}] not found.",
            cause_en = "A request to add users to a block list names a user ID that does not exist. Newer servers answer the same request with 404 service_resource_not_found.",
            cause_zh = "把用户加入黑名单时，要拉黑的用户 ID 不存在。较新的服务对同样的请求返回 404 service_resource_not_found。",
            remedy_en = "Check the user IDs to block, leave out those that do not exist, then send the request again.",
            remedy_zh = "核对要拉黑的用户 ID，去掉不存在的用户后重新请求。",
            error = "illegal_argument",
            advice = "fix_request"
        )
    )]
    #[error("the user to block does not exist (400 illegal_argument)")]
    ContactBlockTargetNotFound,
    /// `contact_remark_requires_contact`: updateRemark | they are not friends, please add as a friend first.
    ///
    /// only a contact can get a remark
    ///
    /// 不是好友，不能设置备注
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "contact_remark_requires_contact",
        message = "only a contact can get a remark",
        detailed_message = "不是好友，不能设置备注",
        props(
            status = "400",
            template = "updateRemark | they are not friends, please add as a friend first.",
            cause_en = "The two users of a set-remark request are not contacts of each other. The description the service sends has ` | ` after `updateRemark`, which the documents' table leaves out.",
            cause_zh = "设置好友备注时，这两个用户还不是好友。服务实际发送的描述在 updateRemark 之后带有「 | 」，文档表格中的写法没有它。",
            remedy_en = "Add the other user as a contact first, then set the remark.",
            remedy_zh = "先把对方加为好友，再设置备注。",
            advice = "fix_request"
        )
    )]
    #[error("only a contact can get a remark (400)")]
    ContactRemarkRequiresContact,
}

/// error codes of the Web and mini-program SDK (statusCode)
///
/// Web 与小程序 SDK 的错误码（statusCode）
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    num_enum::FromPrimitive,
    num_enum::IntoPrimitive,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    thiserror::Error,
    strum::EnumString,
)]
#[repr(i32)]
#[non_exhaustive]
pub enum SdkCode {
    /// **0** `REQUEST_SUCCESS`
    ///
    /// the operation succeeded
    ///
    /// 操作成功，没有错误
    ///
    /// Advice: `none`
    #[strum(
        serialize = "REQUEST_SUCCESS",
        message = "the operation succeeded",
        detailed_message = "操作成功，没有错误",
        props(advice = "none")
    )]
    #[error("the operation succeeded (0 REQUEST_SUCCESS)")]
    RequestSuccess = 0,
    /// **-1** `REQUEST_TIMEOUT`
    ///
    /// the request timed out
    ///
    /// 请求超时
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "REQUEST_TIMEOUT",
        message = "the request timed out",
        detailed_message = "请求超时",
        props(advice = "retry")
    )]
    #[error("the request timed out (-1 REQUEST_TIMEOUT)")]
    RequestTimeout = -1,
    /// **-2** `REQUEST_UNKNOWN`
    ///
    /// an unclassified error occurred
    ///
    /// 未分类的错误
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "REQUEST_UNKNOWN",
        message = "an unclassified error occurred",
        detailed_message = "未分类的错误",
        props(advice = "alert_operators")
    )]
    #[error("an unclassified error occurred (-2 REQUEST_UNKNOWN)")]
    RequestUnknown = -2,
    /// **-3** `REQUEST_PARAMETER_ERROR`
    ///
    /// a parameter is invalid
    ///
    /// 传入的参数有误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "REQUEST_PARAMETER_ERROR",
        message = "a parameter is invalid",
        detailed_message = "传入的参数有误",
        props(advice = "fix_request")
    )]
    #[error("a parameter is invalid (-3 REQUEST_PARAMETER_ERROR)")]
    RequestParameterError = -3,
    /// **-4** `REQUEST_ABORT`
    ///
    /// the request was aborted
    ///
    /// 请求已被取消
    ///
    /// Advice: `none`
    #[strum(
        serialize = "REQUEST_ABORT",
        message = "the request was aborted",
        detailed_message = "请求已被取消",
        props(advice = "none")
    )]
    #[error("the request was aborted (-4 REQUEST_ABORT)")]
    RequestAbort = -4,
    /// **1** `WEBIM_CONNCTION_OPEN_ERROR`
    ///
    /// login failed: the token request failed or the token is invalid
    ///
    /// 登录失败：获取 token 失败或 token 无效
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_CONNCTION_OPEN_ERROR",
        message = "login failed: the token request failed or the token is invalid",
        detailed_message = "登录失败：获取 token 失败或 token 无效",
        props(advice = "refresh_token")
    )]
    #[error(
        "login failed: the token request failed or the token is invalid (1 WEBIM_CONNCTION_OPEN_ERROR)"
    )]
    WebimConnctionOpenError = 1,
    /// **2** `WEBIM_CONNCTION_AUTH_ERROR`
    ///
    /// authentication failed at login
    ///
    /// 登录时鉴权未通过
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_CONNCTION_AUTH_ERROR",
        message = "authentication failed at login",
        detailed_message = "登录时鉴权未通过",
        props(advice = "refresh_token")
    )]
    #[error("authentication failed at login (2 WEBIM_CONNCTION_AUTH_ERROR)")]
    WebimConnctionAuthError = 2,
    /// **3** `WEBIM_CONNCTION_OPEN_USERGRID_ERROR`
    ///
    /// the REST login request was refused with an error description
    ///
    /// 登录请求被 REST 服务拒绝，响应带有错误说明
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_OPEN_USERGRID_ERROR",
        message = "the REST login request was refused with an error description",
        detailed_message = "登录请求被 REST 服务拒绝，响应带有错误说明",
        props(advice = "fix_request")
    )]
    #[error(
        "the REST login request was refused with an error description (3 WEBIM_CONNCTION_OPEN_USERGRID_ERROR)"
    )]
    WebimConnctionOpenUsergridError = 3,
    /// **4** `WEBIM_CONNCTION_ATTACH_ERROR`
    ///
    /// attaching to an existing connection session failed (defined, never raised)
    ///
    /// 附加到已有连接会话失败（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_ATTACH_ERROR",
        message = "attaching to an existing connection session failed (defined, never raised)",
        detailed_message = "附加到已有连接会话失败（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "attaching to an existing connection session failed (defined, never raised) (4 WEBIM_CONNCTION_ATTACH_ERROR)"
    )]
    WebimConnctionAttachError = 4,
    /// **5** `WEBIM_CONNCTION_ATTACH_USERGRID_ERROR`
    ///
    /// attaching a session through the REST service failed (defined, never raised)
    ///
    /// 通过 REST 服务附加会话失败（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_ATTACH_USERGRID_ERROR",
        message = "attaching a session through the REST service failed (defined, never raised)",
        detailed_message = "通过 REST 服务附加会话失败（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "attaching a session through the REST service failed (defined, never raised) (5 WEBIM_CONNCTION_ATTACH_USERGRID_ERROR)"
    )]
    WebimConnctionAttachUsergridError = 5,
    /// **6** `WEBIM_CONNCTION_REOPEN_ERROR`
    ///
    /// reopening the connection failed (defined, never raised)
    ///
    /// 重新建立连接失败（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_REOPEN_ERROR",
        message = "reopening the connection failed (defined, never raised)",
        detailed_message = "重新建立连接失败（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "reopening the connection failed (defined, never raised) (6 WEBIM_CONNCTION_REOPEN_ERROR)"
    )]
    WebimConnctionReopenError = 6,
    /// **7** `WEBIM_CONNCTION_SERVER_CLOSE_ERROR`
    ///
    /// the connection failed or was dropped (1.x)
    ///
    /// 连接失败或被断开（1.x）
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "WEBIM_CONNCTION_SERVER_CLOSE_ERROR",
        message = "the connection failed or was dropped (1.x)",
        detailed_message = "连接失败或被断开（1.x）",
        props(advice = "reconnect")
    )]
    #[error("the connection failed or was dropped (1.x) (7 WEBIM_CONNCTION_SERVER_CLOSE_ERROR)")]
    WebimConnctionServerCloseError = 7,
    /// **8** `WEBIM_CONNCTION_SERVER_ERROR`
    ///
    /// the XMPP connection entered its error state (1.x)
    ///
    /// XMPP 连接进入错误状态（1.x）
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "WEBIM_CONNCTION_SERVER_ERROR",
        message = "the XMPP connection entered its error state (1.x)",
        detailed_message = "XMPP 连接进入错误状态（1.x）",
        props(advice = "reconnect")
    )]
    #[error("the XMPP connection entered its error state (1.x) (8 WEBIM_CONNCTION_SERVER_ERROR)")]
    WebimConnctionServerError = 8,
    /// **9** `WEBIM_CONNCTION_IQ_ERROR`
    ///
    /// an XMPP IQ request failed (defined, never raised)
    ///
    /// XMPP IQ 请求出错（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_IQ_ERROR",
        message = "an XMPP IQ request failed (defined, never raised)",
        detailed_message = "XMPP IQ 请求出错（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error("an XMPP IQ request failed (defined, never raised) (9 WEBIM_CONNCTION_IQ_ERROR)")]
    WebimConnctionIqError = 9,
    /// **10** `WEBIM_CONNCTION_PING_ERROR`
    ///
    /// a ping to the server failed (1.x)
    ///
    /// 向服务器发送 ping 失败（1.x）
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "WEBIM_CONNCTION_PING_ERROR",
        message = "a ping to the server failed (1.x)",
        detailed_message = "向服务器发送 ping 失败（1.x）",
        props(advice = "reconnect")
    )]
    #[error("a ping to the server failed (1.x) (10 WEBIM_CONNCTION_PING_ERROR)")]
    WebimConnctionPingError = 10,
    /// **11** `WEBIM_CONNCTION_NOTIFYVERSION_ERROR`
    ///
    /// reporting the client version to the server failed (1.x)
    ///
    /// 向服务器报告客户端版本失败（1.x）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_NOTIFYVERSION_ERROR",
        message = "reporting the client version to the server failed (1.x)",
        detailed_message = "向服务器报告客户端版本失败（1.x）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "reporting the client version to the server failed (1.x) (11 WEBIM_CONNCTION_NOTIFYVERSION_ERROR)"
    )]
    WebimConnctionNotifyversionError = 11,
    /// **12** `WEBIM_CONNCTION_GETROSTER_ERROR`
    ///
    /// exchanging the Agora token for a Chat token failed
    ///
    /// 用 Agora token 换取 Chat token 失败
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_CONNCTION_GETROSTER_ERROR",
        message = "exchanging the Agora token for a Chat token failed",
        detailed_message = "用 Agora token 换取 Chat token 失败",
        props(advice = "refresh_token")
    )]
    #[error(
        "exchanging the Agora token for a Chat token failed (12 WEBIM_CONNCTION_GETROSTER_ERROR)"
    )]
    WebimConnctionGetrosterError = 12,
    /// **13** `WEBIM_CONNCTION_CROSSDOMAIN_ERROR`
    ///
    /// a cross-domain request failed (defined, never raised)
    ///
    /// 跨域请求出错（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_CROSSDOMAIN_ERROR",
        message = "a cross-domain request failed (defined, never raised)",
        detailed_message = "跨域请求出错（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "a cross-domain request failed (defined, never raised) (13 WEBIM_CONNCTION_CROSSDOMAIN_ERROR)"
    )]
    WebimConnctionCrossdomainError = 13,
    /// **14** `WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES`
    ///
    /// listening exceeded its maximum retries (defined, never raised)
    ///
    /// 监听重试次数超过上限（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES",
        message = "listening exceeded its maximum retries (defined, never raised)",
        detailed_message = "监听重试次数超过上限（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "listening exceeded its maximum retries (defined, never raised) (14 WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES)"
    )]
    WebimConnctionListeningOutofMaxretries = 14,
    /// **15** `WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR`
    ///
    /// a received message has bad content (defined, never raised)
    ///
    /// 收到的消息内容有误（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR",
        message = "a received message has bad content (defined, never raised)",
        detailed_message = "收到的消息内容有误（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "a received message has bad content (defined, never raised) (15 WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR)"
    )]
    WebimConnctionReceivemsgContenterror = 15,
    /// **16** `WEBIM_CONNCTION_DISCONNECTED`
    ///
    /// the WebSocket connection is closed
    ///
    /// WebSocket 连接已断开
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "WEBIM_CONNCTION_DISCONNECTED",
        message = "the WebSocket connection is closed",
        detailed_message = "WebSocket 连接已断开",
        props(advice = "reconnect")
    )]
    #[error("the WebSocket connection is closed (16 WEBIM_CONNCTION_DISCONNECTED)")]
    WebimConnctionDisconnected = 16,
    /// **17** `WEBIM_CONNCTION_AJAX_ERROR`
    ///
    /// a request to the server failed
    ///
    /// 请求服务器失败（通用错误）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_AJAX_ERROR",
        message = "a request to the server failed",
        detailed_message = "请求服务器失败（通用错误）",
        props(advice = "retry_with_backoff")
    )]
    #[error("a request to the server failed (17 WEBIM_CONNCTION_AJAX_ERROR)")]
    WebimConnctionAjaxError = 17,
    /// **18** `WEBIM_CONNCTION_JOINROOM_ERROR`
    ///
    /// joining a group (room) failed (1.x to 3.0)
    ///
    /// 加入群组（room）失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_JOINROOM_ERROR",
        message = "joining a group (room) failed (1.x to 3.0)",
        detailed_message = "加入群组（room）失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error("joining a group (room) failed (1.x to 3.0) (18 WEBIM_CONNCTION_JOINROOM_ERROR)")]
    WebimConnctionJoinroomError = 18,
    /// **19** `WEBIM_CONNCTION_GETROOM_ERROR`
    ///
    /// getting the list of groups failed (1.x to 3.0)
    ///
    /// 获取群组列表失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_GETROOM_ERROR",
        message = "getting the list of groups failed (1.x to 3.0)",
        detailed_message = "获取群组列表失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error("getting the list of groups failed (1.x to 3.0) (19 WEBIM_CONNCTION_GETROOM_ERROR)")]
    WebimConnctionGetroomError = 19,
    /// **20** `WEBIM_CONNCTION_GETROOMINFO_ERROR`
    ///
    /// getting a group's information failed (1.x to 3.0)
    ///
    /// 获取群组信息失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_GETROOMINFO_ERROR",
        message = "getting a group's information failed (1.x to 3.0)",
        detailed_message = "获取群组信息失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "getting a group's information failed (1.x to 3.0) (20 WEBIM_CONNCTION_GETROOMINFO_ERROR)"
    )]
    WebimConnctionGetroominfoError = 20,
    /// **21** `WEBIM_CONNCTION_GETROOMMEMBER_ERROR`
    ///
    /// getting a group's member list failed (1.x to 3.0)
    ///
    /// 获取群成员列表失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_GETROOMMEMBER_ERROR",
        message = "getting a group's member list failed (1.x to 3.0)",
        detailed_message = "获取群成员列表失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "getting a group's member list failed (1.x to 3.0) (21 WEBIM_CONNCTION_GETROOMMEMBER_ERROR)"
    )]
    WebimConnctionGetroommemberError = 21,
    /// **22** `WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR`
    ///
    /// getting a group's occupants failed (1.x to 3.0)
    ///
    /// 获取群组在场成员失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR",
        message = "getting a group's occupants failed (1.x to 3.0)",
        detailed_message = "获取群组在场成员失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "getting a group's occupants failed (1.x to 3.0) (22 WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR)"
    )]
    WebimConnctionGetroomoccupantsError = 22,
    /// **23** `WEBIM_CONNCTION_LOAD_CHATROOM_ERROR`
    ///
    /// getting the list of chat rooms failed with an error description
    ///
    /// 获取聊天室列表失败，服务端返回了错误说明
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_LOAD_CHATROOM_ERROR",
        message = "getting the list of chat rooms failed with an error description",
        detailed_message = "获取聊天室列表失败，服务端返回了错误说明",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "getting the list of chat rooms failed with an error description (23 WEBIM_CONNCTION_LOAD_CHATROOM_ERROR)"
    )]
    WebimConnctionLoadChatroomError = 23,
    /// **24** `WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR`
    ///
    /// the environment cannot set request headers, so chat room calls are unsupported (1.x to 3.x)
    ///
    /// 当前环境无法设置请求头，不支持聊天室相关接口（1.x 至 3.x）
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR",
        message = "the environment cannot set request headers, so chat room calls are unsupported (1.x to 3.x)",
        detailed_message = "当前环境无法设置请求头，不支持聊天室相关接口（1.x 至 3.x）",
        props(advice = "inform_user")
    )]
    #[error(
        "the environment cannot set request headers, so chat room calls are unsupported (1.x to 3.x) (24 WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR)"
    )]
    WebimConnctionNotSupportChatroomError = 24,
    /// **25** `WEBIM_CONNCTION_JOINCHATROOM_ERROR`
    ///
    /// joining a chat room failed (1.x)
    ///
    /// 加入聊天室失败（1.x）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_JOINCHATROOM_ERROR",
        message = "joining a chat room failed (1.x)",
        detailed_message = "加入聊天室失败（1.x）",
        props(advice = "retry_with_backoff")
    )]
    #[error("joining a chat room failed (1.x) (25 WEBIM_CONNCTION_JOINCHATROOM_ERROR)")]
    WebimConnctionJoinchatroomError = 25,
    /// **26** `WEBIM_CONNCTION_QUITCHATROOM_ERROR`
    ///
    /// leaving a chat room failed (1.x)
    ///
    /// 退出聊天室失败（1.x）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNCTION_QUITCHATROOM_ERROR",
        message = "leaving a chat room failed (1.x)",
        detailed_message = "退出聊天室失败（1.x）",
        props(advice = "retry_with_backoff")
    )]
    #[error("leaving a chat room failed (1.x) (26 WEBIM_CONNCTION_QUITCHATROOM_ERROR)")]
    WebimConnctionQuitchatroomError = 26,
    /// **27** `WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR`
    ///
    /// the app key is missing or wrong
    ///
    /// App Key 未设置或有误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR",
        message = "the app key is missing or wrong",
        detailed_message = "App Key 未设置或有误",
        props(advice = "fix_request")
    )]
    #[error("the app key is missing or wrong (27 WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR)")]
    WebimConnctionAppkeyNotAssignError = 27,
    /// **28** `WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR`
    ///
    /// the call carries no token
    ///
    /// 调用接口时未携带 token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR",
        message = "the call carries no token",
        detailed_message = "调用接口时未携带 token",
        props(advice = "refresh_token")
    )]
    #[error("the call carries no token (28 WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR)")]
    WebimConnctionTokenNotAssignError = 28,
    /// **29** `WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR`
    ///
    /// no session ID was given to attach a session (1.x)
    ///
    /// 附加会话时未提供会话 ID（1.x）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR",
        message = "no session ID was given to attach a session (1.x)",
        detailed_message = "附加会话时未提供会话 ID（1.x）",
        props(advice = "fix_request")
    )]
    #[error(
        "no session ID was given to attach a session (1.x) (29 WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR)"
    )]
    WebimConnctionSessionidNotAssignError = 29,
    /// **30** `WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR`
    ///
    /// no request ID was given to attach a session (1.x)
    ///
    /// 附加会话时未提供请求 ID（1.x）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR",
        message = "no request ID was given to attach a session (1.x)",
        detailed_message = "附加会话时未提供请求 ID（1.x）",
        props(advice = "fix_request")
    )]
    #[error(
        "no request ID was given to attach a session (1.x) (30 WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR)"
    )]
    WebimConnctionRidNotAssignError = 30,
    /// **31** `WEBIM_CONNCTION_CALLBACK_INNER_ERROR`
    ///
    /// the message-receiving callback or the code it runs afterwards failed
    ///
    /// 接收消息的回调或其后续处理函数出错
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_CALLBACK_INNER_ERROR",
        message = "the message-receiving callback or the code it runs afterwards failed",
        detailed_message = "接收消息的回调或其后续处理函数出错",
        props(advice = "fix_request")
    )]
    #[error(
        "the message-receiving callback or the code it runs afterwards failed (31 WEBIM_CONNCTION_CALLBACK_INNER_ERROR)"
    )]
    WebimConnctionCallbackInnerError = 31,
    /// **32** `WEBIM_CONNCTION_CLIENT_OFFLINE`
    ///
    /// the current user is not logged in
    ///
    /// 当前用户未登录
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNCTION_CLIENT_OFFLINE",
        message = "the current user is not logged in",
        detailed_message = "当前用户未登录",
        props(advice = "log_in_again")
    )]
    #[error("the current user is not logged in (32 WEBIM_CONNCTION_CLIENT_OFFLINE)")]
    WebimConnctionClientOffline = 32,
    /// **33** `WEBIM_CONNCTION_CLIENT_LOGOUT`
    ///
    /// the client logged out (1.x to 3.x)
    ///
    /// 客户端已退出登录（1.x 至 3.x）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_CONNCTION_CLIENT_LOGOUT",
        message = "the client logged out (1.x to 3.x)",
        detailed_message = "客户端已退出登录（1.x 至 3.x）",
        props(advice = "none")
    )]
    #[error("the client logged out (1.x to 3.x) (33 WEBIM_CONNCTION_CLIENT_LOGOUT)")]
    WebimConnctionClientLogout = 33,
    /// **34** `WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR`
    ///
    /// the user opened too many pages in one browser (defined, never raised)
    ///
    /// 同一用户在同一浏览器中打开的页面过多（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR",
        message = "the user opened too many pages in one browser (defined, never raised)",
        detailed_message = "同一用户在同一浏览器中打开的页面过多（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "the user opened too many pages in one browser (defined, never raised) (34 WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR)"
    )]
    WebimConnctionClientTooMuchError = 34,
    /// **35** `WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP`
    ///
    /// accepting a group invitation failed (1.x to 3.0)
    ///
    /// 接受入群邀请失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP",
        message = "accepting a group invitation failed (1.x to 3.0)",
        detailed_message = "接受入群邀请失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "accepting a group invitation failed (1.x to 3.0) (35 WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP)"
    )]
    WebimConnectionAcceptInvitationFromGroup = 35,
    /// **36** `WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP`
    ///
    /// declining a group invitation failed (1.x to 3.0)
    ///
    /// 拒绝入群邀请失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP",
        message = "declining a group invitation failed (1.x to 3.0)",
        detailed_message = "拒绝入群邀请失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "declining a group invitation failed (1.x to 3.0) (36 WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP)"
    )]
    WebimConnectionDeclineInvitationFromGroup = 36,
    /// **37** `WEBIM_CONNECTION_ACCEPT_JOIN_GROUP`
    ///
    /// approving a request to join a group failed (1.x to 3.0)
    ///
    /// 批准入群申请失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNECTION_ACCEPT_JOIN_GROUP",
        message = "approving a request to join a group failed (1.x to 3.0)",
        detailed_message = "批准入群申请失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "approving a request to join a group failed (1.x to 3.0) (37 WEBIM_CONNECTION_ACCEPT_JOIN_GROUP)"
    )]
    WebimConnectionAcceptJoinGroup = 37,
    /// **38** `WEBIM_CONNECTION_DECLINE_JOIN_GROUP`
    ///
    /// declining a request to join a group failed (1.x to 3.0)
    ///
    /// 拒绝入群申请失败（1.x 至 3.0）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_CONNECTION_DECLINE_JOIN_GROUP",
        message = "declining a request to join a group failed (1.x to 3.0)",
        detailed_message = "拒绝入群申请失败（1.x 至 3.0）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "declining a request to join a group failed (1.x to 3.0) (38 WEBIM_CONNECTION_DECLINE_JOIN_GROUP)"
    )]
    WebimConnectionDeclineJoinGroup = 38,
    /// **39** `WEBIM_CONNECTION_CLOSED`
    ///
    /// the connection is closed or the user never logged in
    ///
    /// 未登录或连接已断开时发送消息
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNECTION_CLOSED",
        message = "the connection is closed or the user never logged in",
        detailed_message = "未登录或连接已断开时发送消息",
        props(advice = "log_in_again")
    )]
    #[error("the connection is closed or the user never logged in (39 WEBIM_CONNECTION_CLOSED)")]
    WebimConnectionClosed = 39,
    /// **40** `WEBIM_CONNECTION_ERROR`
    ///
    /// user authentication failed
    ///
    /// 用户鉴权失败
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_CONNECTION_ERROR",
        message = "user authentication failed",
        detailed_message = "用户鉴权失败",
        props(advice = "refresh_token")
    )]
    #[error("user authentication failed (40 WEBIM_CONNECTION_ERROR)")]
    WebimConnectionError = 40,
    /// **50** `MAX_LIMIT`
    ///
    /// a limit was reached (reactions, translation quota, DAU, online users or MAU)
    ///
    /// 已达到上限（如 Reaction 数、翻译用量、DAU、在线人数、MAU）
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "MAX_LIMIT",
        message = "a limit was reached (reactions, translation quota, DAU, online users or MAU)",
        detailed_message = "已达到上限（如 Reaction 数、翻译用量、DAU、在线人数、MAU）",
        props(advice = "upgrade_plan")
    )]
    #[error(
        "a limit was reached (reactions, translation quota, DAU, online users or MAU) (50 MAX_LIMIT)"
    )]
    MaxLimit = 50,
    /// **51** `MESSAGE_NOT_FOUND`
    ///
    /// the message was not found
    ///
    /// 未找到消息
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MESSAGE_NOT_FOUND",
        message = "the message was not found",
        detailed_message = "未找到消息",
        props(advice = "fix_request")
    )]
    #[error("the message was not found (51 MESSAGE_NOT_FOUND)")]
    MessageNotFound = 51,
    /// **52** `NO_PERMISSION`
    ///
    /// the user may not perform this operation
    ///
    /// 用户无权执行该操作
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "NO_PERMISSION",
        message = "the user may not perform this operation",
        detailed_message = "用户无权执行该操作",
        props(advice = "inform_user")
    )]
    #[error("the user may not perform this operation (52 NO_PERMISSION)")]
    NoPermission = 52,
    /// **53** `OPERATION_UNSUPPORTED`
    ///
    /// the operation is not supported
    ///
    /// 不支持该操作
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "OPERATION_UNSUPPORTED",
        message = "the operation is not supported",
        detailed_message = "不支持该操作",
        props(advice = "fix_request")
    )]
    #[error("the operation is not supported (53 OPERATION_UNSUPPORTED)")]
    OperationUnsupported = 53,
    /// **54** `OPERATION_NOT_ALLOWED`
    ///
    /// the operation is not allowed
    ///
    /// 不允许执行该操作
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "OPERATION_NOT_ALLOWED",
        message = "the operation is not allowed",
        detailed_message = "不允许执行该操作",
        props(advice = "inform_user")
    )]
    #[error("the operation is not allowed (54 OPERATION_NOT_ALLOWED)")]
    OperationNotAllowed = 54,
    /// **55** `NOT_EXIST`
    ///
    /// the target does not exist (circleSdk builds only)
    ///
    /// 操作对象不存在（仅 circleSdk 构建）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "NOT_EXIST",
        message = "the target does not exist (circleSdk builds only)",
        detailed_message = "操作对象不存在（仅 circleSdk 构建）",
        props(advice = "fix_request")
    )]
    #[error("the target does not exist (circleSdk builds only) (55 NOT_EXIST)")]
    NotExist = 55,
    /// **56** `WEBIM_TOKEN_EXPIRED`
    ///
    /// the token has expired
    ///
    /// token 已过期
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_TOKEN_EXPIRED",
        message = "the token has expired",
        detailed_message = "token 已过期",
        props(advice = "refresh_token")
    )]
    #[error("the token has expired (56 WEBIM_TOKEN_EXPIRED)")]
    WebimTokenExpired = 56,
    /// **57** `WEBIM_SERVER_SERVING_DISABLED`
    ///
    /// the server refuses to serve the connection
    ///
    /// 服务端拒绝为该连接提供服务
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_SERVER_SERVING_DISABLED",
        message = "the server refuses to serve the connection",
        detailed_message = "服务端拒绝为该连接提供服务",
        props(advice = "alert_operators")
    )]
    #[error("the server refuses to serve the connection (57 WEBIM_SERVER_SERVING_DISABLED)")]
    WebimServerServingDisabled = 57,
    /// **100** `WEBIM_UPLOADFILE_BROWSER_ERROR`
    ///
    /// the browser cannot upload files (1.x to 3.x)
    ///
    /// 浏览器不支持上传文件（1.x 至 3.x）
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "WEBIM_UPLOADFILE_BROWSER_ERROR",
        message = "the browser cannot upload files (1.x to 3.x)",
        detailed_message = "浏览器不支持上传文件（1.x 至 3.x）",
        props(advice = "inform_user")
    )]
    #[error("the browser cannot upload files (1.x to 3.x) (100 WEBIM_UPLOADFILE_BROWSER_ERROR)")]
    WebimUploadfileBrowserError = 100,
    /// **101** `WEBIM_UPLOADFILE_ERROR`
    ///
    /// uploading the file failed, for example because it is too large
    ///
    /// 上传文件失败（如文件过大）
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "WEBIM_UPLOADFILE_ERROR",
        message = "uploading the file failed, for example because it is too large",
        detailed_message = "上传文件失败（如文件过大）",
        props(advice = "split_payload")
    )]
    #[error(
        "uploading the file failed, for example because it is too large (101 WEBIM_UPLOADFILE_ERROR)"
    )]
    WebimUploadfileError = 101,
    /// **102** `WEBIM_UPLOADFILE_NO_LOGIN`
    ///
    /// the upload request carries no token
    ///
    /// 上传文件的请求未携带 token
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_UPLOADFILE_NO_LOGIN",
        message = "the upload request carries no token",
        detailed_message = "上传文件的请求未携带 token",
        props(advice = "refresh_token")
    )]
    #[error("the upload request carries no token (102 WEBIM_UPLOADFILE_NO_LOGIN)")]
    WebimUploadfileNoLogin = 102,
    /// **103** `WEBIM_UPLOADFILE_NO_FILE`
    ///
    /// there is no file to upload (defined, never raised)
    ///
    /// 没有要上传的文件（只定义未使用）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_UPLOADFILE_NO_FILE",
        message = "there is no file to upload (defined, never raised)",
        detailed_message = "没有要上传的文件（只定义未使用）",
        props(advice = "fix_request")
    )]
    #[error("there is no file to upload (defined, never raised) (103 WEBIM_UPLOADFILE_NO_FILE)")]
    WebimUploadfileNoFile = 103,
    /// **200** `WEBIM_DOWNLOADFILE_ERROR`
    ///
    /// downloading the file failed (timeout or network error)
    ///
    /// 下载文件失败（如超时或网络错误）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_DOWNLOADFILE_ERROR",
        message = "downloading the file failed (timeout or network error)",
        detailed_message = "下载文件失败（如超时或网络错误）",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "downloading the file failed (timeout or network error) (200 WEBIM_DOWNLOADFILE_ERROR)"
    )]
    WebimDownloadfileError = 200,
    /// **201** `WEBIM_DOWNLOADFILE_NO_LOGIN`
    ///
    /// the download request carries no token (1.x to 3.x)
    ///
    /// 下载文件的请求未携带 token（1.x 至 3.x）
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "WEBIM_DOWNLOADFILE_NO_LOGIN",
        message = "the download request carries no token (1.x to 3.x)",
        detailed_message = "下载文件的请求未携带 token（1.x 至 3.x）",
        props(advice = "refresh_token")
    )]
    #[error("the download request carries no token (1.x to 3.x) (201 WEBIM_DOWNLOADFILE_NO_LOGIN)")]
    WebimDownloadfileNoLogin = 201,
    /// **202** `WEBIM_DOWNLOADFILE_BROWSER_ERROR`
    ///
    /// the browser cannot download files (defined, never raised)
    ///
    /// 浏览器不支持下载文件（只定义未使用）
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "WEBIM_DOWNLOADFILE_BROWSER_ERROR",
        message = "the browser cannot download files (defined, never raised)",
        detailed_message = "浏览器不支持下载文件（只定义未使用）",
        props(advice = "inform_user")
    )]
    #[error(
        "the browser cannot download files (defined, never raised) (202 WEBIM_DOWNLOADFILE_BROWSER_ERROR)"
    )]
    WebimDownloadfileBrowserError = 202,
    /// **203** `PARSE_FILE_ERROR`
    ///
    /// reading or parsing a file failed
    ///
    /// 读取或解析文件失败
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "PARSE_FILE_ERROR",
        message = "reading or parsing a file failed",
        detailed_message = "读取或解析文件失败",
        props(advice = "alert_operators")
    )]
    #[error("reading or parsing a file failed (203 PARSE_FILE_ERROR)")]
    ParseFileError = 203,
    /// **204** `USER_NOT_FOUND`
    ///
    /// the user does not exist
    ///
    /// 用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "USER_NOT_FOUND",
        message = "the user does not exist",
        detailed_message = "用户不存在",
        props(advice = "fix_request")
    )]
    #[error("the user does not exist (204 USER_NOT_FOUND)")]
    UserNotFound = 204,
    /// **205** `MESSAGE_PARAMETER_ERROR`
    ///
    /// a message parameter is missing or wrong
    ///
    /// 消息参数有误（如缺少消息 ID 或接收方）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MESSAGE_PARAMETER_ERROR",
        message = "a message parameter is missing or wrong",
        detailed_message = "消息参数有误（如缺少消息 ID 或接收方）",
        props(advice = "fix_request")
    )]
    #[error("a message parameter is missing or wrong (205 MESSAGE_PARAMETER_ERROR)")]
    MessageParameterError = 205,
    /// **206** `WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE`
    ///
    /// the user logged in on another device
    ///
    /// 用户已在其他设备登录
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE",
        message = "the user logged in on another device",
        detailed_message = "用户已在其他设备登录",
        props(advice = "log_in_again")
    )]
    #[error("the user logged in on another device (206 WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE)")]
    WebimConnctionUserLoginAnotherDevice = 206,
    /// **207** `WEBIM_CONNCTION_USER_REMOVED`
    ///
    /// the user account was removed
    ///
    /// 用户已被注销
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNCTION_USER_REMOVED",
        message = "the user account was removed",
        detailed_message = "用户已被注销",
        props(advice = "log_in_again")
    )]
    #[error("the user account was removed (207 WEBIM_CONNCTION_USER_REMOVED)")]
    WebimConnctionUserRemoved = 207,
    /// **208** `WEBIM_USER_ALREADY_LOGIN`
    ///
    /// the user is already logged in
    ///
    /// 用户已经登录
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_USER_ALREADY_LOGIN",
        message = "the user is already logged in",
        detailed_message = "用户已经登录",
        props(advice = "none")
    )]
    #[error("the user is already logged in (208 WEBIM_USER_ALREADY_LOGIN)")]
    WebimUserAlreadyLogin = 208,
    /// **214** `USER_LOGIN_TOO_MANY_DEVICES`
    ///
    /// the user is logged in on more devices than allowed
    ///
    /// 用户登录的设备数超过上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_LOGIN_TOO_MANY_DEVICES",
        message = "the user is logged in on more devices than allowed",
        detailed_message = "用户登录的设备数超过上限",
        props(advice = "inform_user")
    )]
    #[error("the user is logged in on more devices than allowed (214 USER_LOGIN_TOO_MANY_DEVICES)")]
    UserLoginTooManyDevices = 214,
    /// **216** `WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD`
    ///
    /// the password changed, so this session was ended
    ///
    /// 用户密码已修改，当前登录被断开
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD",
        message = "the password changed, so this session was ended",
        detailed_message = "用户密码已修改，当前登录被断开",
        props(advice = "log_in_again")
    )]
    #[error(
        "the password changed, so this session was ended (216 WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD)"
    )]
    WebimConnctionUserKickedByChangePassword = 216,
    /// **217** `WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE`
    ///
    /// another device or the console kicked the user offline
    ///
    /// 用户被其他设备或管理后台踢下线
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE",
        message = "another device or the console kicked the user offline",
        detailed_message = "用户被其他设备或管理后台踢下线",
        props(advice = "log_in_again")
    )]
    #[error(
        "another device or the console kicked the user offline (217 WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE)"
    )]
    WebimConnctionUserKickedByOtherDevice = 217,
    /// **219** `USER_MUTED_BY_ADMIN`
    ///
    /// the user is muted app-wide
    ///
    /// 用户已被全局禁言
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_MUTED_BY_ADMIN",
        message = "the user is muted app-wide",
        detailed_message = "用户已被全局禁言",
        props(advice = "inform_user")
    )]
    #[error("the user is muted app-wide (219 USER_MUTED_BY_ADMIN)")]
    UserMutedByAdmin = 219,
    /// **220** `USER_DEVICE_CHANGED`
    ///
    /// the user's device changed and the connection was ended
    ///
    /// 用户的登录设备已变更，连接被断开
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_DEVICE_CHANGED",
        message = "the user's device changed and the connection was ended",
        detailed_message = "用户的登录设备已变更，连接被断开",
        props(advice = "log_in_again")
    )]
    #[error("the user's device changed and the connection was ended (220 USER_DEVICE_CHANGED)")]
    UserDeviceChanged = 220,
    /// **221** `USER_NOT_FRIEND`
    ///
    /// messages between non-contacts are not allowed
    ///
    /// 非好友之间禁止发消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_NOT_FRIEND",
        message = "messages between non-contacts are not allowed",
        detailed_message = "非好友之间禁止发消息",
        props(advice = "inform_user")
    )]
    #[error("messages between non-contacts are not allowed (221 USER_NOT_FRIEND)")]
    UserNotFriend = 221,
    /// **222** `WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION`
    ///
    /// the user may not download the file
    ///
    /// 没有权限下载该文件
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION",
        message = "the user may not download the file",
        detailed_message = "没有权限下载该文件",
        props(advice = "inform_user")
    )]
    #[error("the user may not download the file (222 WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION)")]
    WebimDownloadfileErrorNoPermission = 222,
    /// **223** `WEBIM_DOWNLOADFILE_ERROR_EXPIRED`
    ///
    /// the file has expired and cannot be downloaded
    ///
    /// 文件已过期，无法下载
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "WEBIM_DOWNLOADFILE_ERROR_EXPIRED",
        message = "the file has expired and cannot be downloaded",
        detailed_message = "文件已过期，无法下载",
        props(advice = "inform_user")
    )]
    #[error("the file has expired and cannot be downloaded (223 WEBIM_DOWNLOADFILE_ERROR_EXPIRED)")]
    WebimDownloadfileErrorExpired = 223,
    /// **300** `WEBIM_MESSAGE_REC_TEXT`
    ///
    /// a message-kind label for receiving text messages, not an error
    ///
    /// 消息类型标记：接收文本消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_TEXT",
        message = "a message-kind label for receiving text messages, not an error",
        detailed_message = "消息类型标记：接收文本消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving text messages, not an error (300 WEBIM_MESSAGE_REC_TEXT)"
    )]
    WebimMessageRecText = 300,
    /// **301** `WEBIM_MESSAGE_REC_TEXT_ERROR`
    ///
    /// receiving a text message failed (defined, never raised)
    ///
    /// 接收文本消息出错（只定义未使用）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_TEXT_ERROR",
        message = "receiving a text message failed (defined, never raised)",
        detailed_message = "接收文本消息出错（只定义未使用）",
        props(advice = "alert_operators")
    )]
    #[error(
        "receiving a text message failed (defined, never raised) (301 WEBIM_MESSAGE_REC_TEXT_ERROR)"
    )]
    WebimMessageRecTextError = 301,
    /// **302** `WEBIM_MESSAGE_REC_EMOTION`
    ///
    /// a message-kind label for receiving emoticon messages, not an error
    ///
    /// 消息类型标记：接收表情消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_EMOTION",
        message = "a message-kind label for receiving emoticon messages, not an error",
        detailed_message = "消息类型标记：接收表情消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving emoticon messages, not an error (302 WEBIM_MESSAGE_REC_EMOTION)"
    )]
    WebimMessageRecEmotion = 302,
    /// **303** `WEBIM_MESSAGE_REC_PHOTO`
    ///
    /// a message-kind label for receiving picture messages, not an error
    ///
    /// 消息类型标记：接收图片消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_PHOTO",
        message = "a message-kind label for receiving picture messages, not an error",
        detailed_message = "消息类型标记：接收图片消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving picture messages, not an error (303 WEBIM_MESSAGE_REC_PHOTO)"
    )]
    WebimMessageRecPhoto = 303,
    /// **304** `SERVER_GET_DNSLIST_FAILED`
    ///
    /// getting the server address list (DNS configuration) failed
    ///
    /// 获取服务器地址列表（DNS 配置）失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "SERVER_GET_DNSLIST_FAILED",
        message = "getting the server address list (DNS configuration) failed",
        detailed_message = "获取服务器地址列表（DNS 配置）失败",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "getting the server address list (DNS configuration) failed (304 SERVER_GET_DNSLIST_FAILED)"
    )]
    ServerGetDnslistFailed = 304,
    /// **305** `WEBIM_MESSAGE_REC_AUDIO_FILE`
    ///
    /// a message-kind label for receiving audio file messages, not an error
    ///
    /// 消息类型标记：接收语音文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_AUDIO_FILE",
        message = "a message-kind label for receiving audio file messages, not an error",
        detailed_message = "消息类型标记：接收语音文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving audio file messages, not an error (305 WEBIM_MESSAGE_REC_AUDIO_FILE)"
    )]
    WebimMessageRecAudioFile = 305,
    /// **306** `WEBIM_MESSAGE_REC_VEDIO`
    ///
    /// a message-kind label for receiving video messages, not an error
    ///
    /// 消息类型标记：接收视频消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_VEDIO",
        message = "a message-kind label for receiving video messages, not an error",
        detailed_message = "消息类型标记：接收视频消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving video messages, not an error (306 WEBIM_MESSAGE_REC_VEDIO)"
    )]
    WebimMessageRecVedio = 306,
    /// **307** `WEBIM_MESSAGE_REC_VEDIO_FILE`
    ///
    /// a message-kind label for receiving video file messages, not an error
    ///
    /// 消息类型标记：接收视频文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_VEDIO_FILE",
        message = "a message-kind label for receiving video file messages, not an error",
        detailed_message = "消息类型标记：接收视频文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving video file messages, not an error (307 WEBIM_MESSAGE_REC_VEDIO_FILE)"
    )]
    WebimMessageRecVedioFile = 307,
    /// **308** `WEBIM_MESSAGE_REC_FILE`
    ///
    /// a message-kind label for receiving file messages, not an error
    ///
    /// 消息类型标记：接收文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_REC_FILE",
        message = "a message-kind label for receiving file messages, not an error",
        detailed_message = "消息类型标记：接收文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for receiving file messages, not an error (308 WEBIM_MESSAGE_REC_FILE)"
    )]
    WebimMessageRecFile = 308,
    /// **309** `WEBIM_MESSAGE_SED_TEXT`
    ///
    /// a message-kind label for sending text messages, not an error
    ///
    /// 消息类型标记：发送文本消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_TEXT",
        message = "a message-kind label for sending text messages, not an error",
        detailed_message = "消息类型标记：发送文本消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending text messages, not an error (309 WEBIM_MESSAGE_SED_TEXT)"
    )]
    WebimMessageSedText = 309,
    /// **310** `WEBIM_MESSAGE_SED_EMOTION`
    ///
    /// a message-kind label for sending emoticon messages, not an error
    ///
    /// 消息类型标记：发送表情消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_EMOTION",
        message = "a message-kind label for sending emoticon messages, not an error",
        detailed_message = "消息类型标记：发送表情消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending emoticon messages, not an error (310 WEBIM_MESSAGE_SED_EMOTION)"
    )]
    WebimMessageSedEmotion = 310,
    /// **311** `WEBIM_MESSAGE_SED_PHOTO`
    ///
    /// a message-kind label for sending picture messages, not an error
    ///
    /// 消息类型标记：发送图片消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_PHOTO",
        message = "a message-kind label for sending picture messages, not an error",
        detailed_message = "消息类型标记：发送图片消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending picture messages, not an error (311 WEBIM_MESSAGE_SED_PHOTO)"
    )]
    WebimMessageSedPhoto = 311,
    /// **312** `WEBIM_MESSAGE_SED_AUDIO`
    ///
    /// a message-kind label for sending audio messages, not an error
    ///
    /// 消息类型标记：发送语音消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_AUDIO",
        message = "a message-kind label for sending audio messages, not an error",
        detailed_message = "消息类型标记：发送语音消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending audio messages, not an error (312 WEBIM_MESSAGE_SED_AUDIO)"
    )]
    WebimMessageSedAudio = 312,
    /// **313** `WEBIM_MESSAGE_SED_AUDIO_FILE`
    ///
    /// a message-kind label for sending audio file messages, not an error
    ///
    /// 消息类型标记：发送语音文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_AUDIO_FILE",
        message = "a message-kind label for sending audio file messages, not an error",
        detailed_message = "消息类型标记：发送语音文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending audio file messages, not an error (313 WEBIM_MESSAGE_SED_AUDIO_FILE)"
    )]
    WebimMessageSedAudioFile = 313,
    /// **314** `WEBIM_MESSAGE_SED_VEDIO`
    ///
    /// a message-kind label for sending video messages, not an error
    ///
    /// 消息类型标记：发送视频消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_VEDIO",
        message = "a message-kind label for sending video messages, not an error",
        detailed_message = "消息类型标记：发送视频消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending video messages, not an error (314 WEBIM_MESSAGE_SED_VEDIO)"
    )]
    WebimMessageSedVedio = 314,
    /// **315** `WEBIM_MESSAGE_SED_VEDIO_FILE`
    ///
    /// a message-kind label for sending video file messages, not an error
    ///
    /// 消息类型标记：发送视频文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_VEDIO_FILE",
        message = "a message-kind label for sending video file messages, not an error",
        detailed_message = "消息类型标记：发送视频文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending video file messages, not an error (315 WEBIM_MESSAGE_SED_VEDIO_FILE)"
    )]
    WebimMessageSedVedioFile = 315,
    /// **316** `WEBIM_MESSAGE_SED_FILE`
    ///
    /// a message-kind label for sending file messages, not an error
    ///
    /// 消息类型标记：发送文件消息（不是错误）
    ///
    /// Advice: `none`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_FILE",
        message = "a message-kind label for sending file messages, not an error",
        detailed_message = "消息类型标记：发送文件消息（不是错误）",
        props(advice = "none")
    )]
    #[error(
        "a message-kind label for sending file messages, not an error (316 WEBIM_MESSAGE_SED_FILE)"
    )]
    WebimMessageSedFile = 316,
    /// **317** `WEBIM_MESSAGE_SED_ERROR`
    ///
    /// sending a message failed (1.x)
    ///
    /// 发送消息失败（1.x）
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "WEBIM_MESSAGE_SED_ERROR",
        message = "sending a message failed (1.x)",
        detailed_message = "发送消息失败（1.x）",
        props(advice = "retry_with_backoff")
    )]
    #[error("sending a message failed (1.x) (317 WEBIM_MESSAGE_SED_ERROR)")]
    WebimMessageSedError = 317,
    /// **407** `FILE_INVALID`
    ///
    /// the voice file is invalid
    ///
    /// 语音文件无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "FILE_INVALID",
        message = "the voice file is invalid",
        detailed_message = "语音文件无效",
        props(advice = "fix_request")
    )]
    #[error("the voice file is invalid (407 FILE_INVALID)")]
    FileInvalid = 407,
    /// **408** `FILE_DURATION_TOO_LONG`
    ///
    /// the voice is longer than allowed
    ///
    /// 语音时长超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "FILE_DURATION_TOO_LONG",
        message = "the voice is longer than allowed",
        detailed_message = "语音时长超过上限",
        props(advice = "split_payload")
    )]
    #[error("the voice is longer than allowed (408 FILE_DURATION_TOO_LONG)")]
    FileDurationTooLong = 408,
    /// **409** `FILE_VOICE_TO_TEXT_FAILED`
    ///
    /// voice-to-text failed
    ///
    /// 语音转文字失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "FILE_VOICE_TO_TEXT_FAILED",
        message = "voice-to-text failed",
        detailed_message = "语音转文字失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("voice-to-text failed (409 FILE_VOICE_TO_TEXT_FAILED)")]
    FileVoiceToTextFailed = 409,
    /// **410** `FILE_NOT_FOUND`
    ///
    /// the voice file was not found
    ///
    /// 找不到语音文件
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "FILE_NOT_FOUND",
        message = "the voice file was not found",
        detailed_message = "找不到语音文件",
        props(advice = "fix_request")
    )]
    #[error("the voice file was not found (410 FILE_NOT_FOUND)")]
    FileNotFound = 410,
    /// **411** `FILE_TOO_LARGE`
    ///
    /// the voice file is too large
    ///
    /// 语音文件过大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "FILE_TOO_LARGE",
        message = "the voice file is too large",
        detailed_message = "语音文件过大",
        props(advice = "split_payload")
    )]
    #[error("the voice file is too large (411 FILE_TOO_LARGE)")]
    FileTooLarge = 411,
    /// **500** `SERVER_BUSY`
    ///
    /// the server is busy
    ///
    /// 服务器忙
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "SERVER_BUSY",
        message = "the server is busy",
        detailed_message = "服务器忙",
        props(advice = "retry_with_backoff")
    )]
    #[error("the server is busy (500 SERVER_BUSY)")]
    ServerBusy = 500,
    /// **501** `MESSAGE_INCLUDE_ILLEGAL_CONTENT`
    ///
    /// the message contains prohibited content
    ///
    /// 消息包含违规内容
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_INCLUDE_ILLEGAL_CONTENT",
        message = "the message contains prohibited content",
        detailed_message = "消息包含违规内容",
        props(advice = "inform_user")
    )]
    #[error("the message contains prohibited content (501 MESSAGE_INCLUDE_ILLEGAL_CONTENT)")]
    MessageIncludeIllegalContent = 501,
    /// **502** `MESSAGE_EXTERNAL_LOGIC_BLOCKED`
    ///
    /// the message was blocked by the anti-spam service
    ///
    /// 消息被拦截（反垃圾服务）
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_EXTERNAL_LOGIC_BLOCKED",
        message = "the message was blocked by the anti-spam service",
        detailed_message = "消息被拦截（反垃圾服务）",
        props(advice = "inform_user")
    )]
    #[error(
        "the message was blocked by the anti-spam service (502 MESSAGE_EXTERNAL_LOGIC_BLOCKED)"
    )]
    MessageExternalLogicBlocked = 502,
    /// **503** `SERVER_UNKNOWN_ERROR`
    ///
    /// the server returned an error the SDK does not know
    ///
    /// 服务端返回了 SDK 无法识别的错误
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "SERVER_UNKNOWN_ERROR",
        message = "the server returned an error the SDK does not know",
        detailed_message = "服务端返回了 SDK 无法识别的错误",
        props(advice = "alert_operators")
    )]
    #[error("the server returned an error the SDK does not know (503 SERVER_UNKNOWN_ERROR)")]
    ServerUnknownError = 503,
    /// **504** `MESSAGE_RECALL_TIME_LIMIT`
    ///
    /// the time limit for recalling the message has passed
    ///
    /// 已超过消息撤回时限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_RECALL_TIME_LIMIT",
        message = "the time limit for recalling the message has passed",
        detailed_message = "已超过消息撤回时限",
        props(advice = "inform_user")
    )]
    #[error("the time limit for recalling the message has passed (504 MESSAGE_RECALL_TIME_LIMIT)")]
    MessageRecallTimeLimit = 504,
    /// **505** `SERVICE_NOT_ENABLED`
    ///
    /// the feature is not enabled
    ///
    /// 所用功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "SERVICE_NOT_ENABLED",
        message = "the feature is not enabled",
        detailed_message = "所用功能未开通",
        props(advice = "enable_service")
    )]
    #[error("the feature is not enabled (505 SERVICE_NOT_ENABLED)")]
    ServiceNotEnabled = 505,
    /// **506** `SERVICE_NOT_ALLOW_MESSAGING`
    ///
    /// everyone is muted and the user is not on the allow list
    ///
    /// 全员禁言中且用户不在白名单
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "SERVICE_NOT_ALLOW_MESSAGING",
        message = "everyone is muted and the user is not on the allow list",
        detailed_message = "全员禁言中且用户不在白名单",
        props(advice = "inform_user")
    )]
    #[error(
        "everyone is muted and the user is not on the allow list (506 SERVICE_NOT_ALLOW_MESSAGING)"
    )]
    ServiceNotAllowMessaging = 506,
    /// **507** `SERVICE_NOT_ALLOW_MESSAGING_MUTE`
    ///
    /// the user is muted in the group or chat room
    ///
    /// 用户在群组或聊天室中被禁言
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "SERVICE_NOT_ALLOW_MESSAGING_MUTE",
        message = "the user is muted in the group or chat room",
        detailed_message = "用户在群组或聊天室中被禁言",
        props(advice = "inform_user")
    )]
    #[error("the user is muted in the group or chat room (507 SERVICE_NOT_ALLOW_MESSAGING_MUTE)")]
    ServiceNotAllowMessagingMute = 507,
    /// **508** `MESSAGE_MODERATION_BLOCKED`
    ///
    /// third-party moderation rejected the message
    ///
    /// 第三方内容审核拒绝了该消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_MODERATION_BLOCKED",
        message = "third-party moderation rejected the message",
        detailed_message = "第三方内容审核拒绝了该消息",
        props(advice = "inform_user")
    )]
    #[error("third-party moderation rejected the message (508 MESSAGE_MODERATION_BLOCKED)")]
    MessageModerationBlocked = 508,
    /// **509** `MESSAGE_CURRENT_LIMITING`
    ///
    /// the user is sending messages faster than allowed
    ///
    /// 单个用户发消息超过频率限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "MESSAGE_CURRENT_LIMITING",
        message = "the user is sending messages faster than allowed",
        detailed_message = "单个用户发消息超过频率限制",
        props(advice = "slow_down")
    )]
    #[error("the user is sending messages faster than allowed (509 MESSAGE_CURRENT_LIMITING)")]
    MessageCurrentLimiting = 509,
    /// **510** `MESSAGE_WEBSOCKET_DISCONNECTED`
    ///
    /// sending failed because the connection dropped
    ///
    /// 网络断开或重连失败导致发送失败
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "MESSAGE_WEBSOCKET_DISCONNECTED",
        message = "sending failed because the connection dropped",
        detailed_message = "网络断开或重连失败导致发送失败",
        props(advice = "reconnect")
    )]
    #[error("sending failed because the connection dropped (510 MESSAGE_WEBSOCKET_DISCONNECTED)")]
    MessageWebsocketDisconnected = 510,
    /// **511** `MESSAGE_SIZE_LIMIT`
    ///
    /// the message body is over the size limit
    ///
    /// 消息体超过大小限制
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "MESSAGE_SIZE_LIMIT",
        message = "the message body is over the size limit",
        detailed_message = "消息体超过大小限制",
        props(advice = "split_payload")
    )]
    #[error("the message body is over the size limit (511 MESSAGE_SIZE_LIMIT)")]
    MessageSizeLimit = 511,
    /// **512** `MESSAGE_SEND_TIMEOUT`
    ///
    /// sending the message timed out
    ///
    /// 发送消息超时
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "MESSAGE_SEND_TIMEOUT",
        message = "sending the message timed out",
        detailed_message = "发送消息超时",
        props(advice = "retry")
    )]
    #[error("sending the message timed out (512 MESSAGE_SEND_TIMEOUT)")]
    MessageSendTimeout = 512,
    /// **513** `MESSAGE_STREAM_INTERVAL_TIMEOUT`
    ///
    /// a streamed message waited too long between two parts
    ///
    /// 流式消息两段内容之间的间隔超时
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_STREAM_INTERVAL_TIMEOUT",
        message = "a streamed message waited too long between two parts",
        detailed_message = "流式消息两段内容之间的间隔超时",
        props(advice = "inform_user")
    )]
    #[error(
        "a streamed message waited too long between two parts (513 MESSAGE_STREAM_INTERVAL_TIMEOUT)"
    )]
    MessageStreamIntervalTimeout = 513,
    /// **514** `MESSAGE_STREAM_TIMEOUT`
    ///
    /// a streamed message timed out
    ///
    /// 流式消息整体超时
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_STREAM_TIMEOUT",
        message = "a streamed message timed out",
        detailed_message = "流式消息整体超时",
        props(advice = "inform_user")
    )]
    #[error("a streamed message timed out (514 MESSAGE_STREAM_TIMEOUT)")]
    MessageStreamTimeout = 514,
    /// **601** `GROUP_ALREADY_JOINED`
    ///
    /// the user is already in the group
    ///
    /// 用户已在群组中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "GROUP_ALREADY_JOINED",
        message = "the user is already in the group",
        detailed_message = "用户已在群组中",
        props(advice = "none")
    )]
    #[error("the user is already in the group (601 GROUP_ALREADY_JOINED)")]
    GroupAlreadyJoined = 601,
    /// **602** `GROUP_NOT_JOINED`
    ///
    /// the user is not a member of the group
    ///
    /// 用户不在该群组中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_NOT_JOINED",
        message = "the user is not a member of the group",
        detailed_message = "用户不在该群组中",
        props(advice = "inform_user")
    )]
    #[error("the user is not a member of the group (602 GROUP_NOT_JOINED)")]
    GroupNotJoined = 602,
    /// **603** `PERMISSION_DENIED`
    ///
    /// the user lacks permission, for example because of a block list
    ///
    /// 用户没有权限（如已被加入黑名单）
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "PERMISSION_DENIED",
        message = "the user lacks permission, for example because of a block list",
        detailed_message = "用户没有权限（如已被加入黑名单）",
        props(advice = "inform_user")
    )]
    #[error(
        "the user lacks permission, for example because of a block list (603 PERMISSION_DENIED)"
    )]
    PermissionDenied = 603,
    /// **604** `WEBIM_LOAD_MSG_ERROR`
    ///
    /// a message callback failed internally (no case given)
    ///
    /// 消息回调函数内部错误（未说明具体场景）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_LOAD_MSG_ERROR",
        message = "a message callback failed internally (no case given)",
        detailed_message = "消息回调函数内部错误（未说明具体场景）",
        props(advice = "fix_request")
    )]
    #[error("a message callback failed internally (no case given) (604 WEBIM_LOAD_MSG_ERROR)")]
    WebimLoadMsgError = 604,
    /// **605** `GROUP_NOT_EXIST`
    ///
    /// the group does not exist
    ///
    /// 群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_NOT_EXIST",
        message = "the group does not exist",
        detailed_message = "群组不存在",
        props(advice = "fix_request")
    )]
    #[error("the group does not exist (605 GROUP_NOT_EXIST)")]
    GroupNotExist = 605,
    /// **606** `GROUP_MEMBERS_FULL`
    ///
    /// the group is full
    ///
    /// 群组人数已满
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_MEMBERS_FULL",
        message = "the group is full",
        detailed_message = "群组人数已满",
        props(advice = "inform_user")
    )]
    #[error("the group is full (606 GROUP_MEMBERS_FULL)")]
    GroupMembersFull = 606,
    /// **607** `GROUP_MEMBERS_LIMIT`
    ///
    /// the member limit exceeds what the plan allows
    ///
    /// 群成员上限超过套餐允许的数量
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "GROUP_MEMBERS_LIMIT",
        message = "the member limit exceeds what the plan allows",
        detailed_message = "群成员上限超过套餐允许的数量",
        props(advice = "upgrade_plan")
    )]
    #[error("the member limit exceeds what the plan allows (607 GROUP_MEMBERS_LIMIT)")]
    GroupMembersLimit = 607,
    /// **608** `GROUP_IS_DISABLED`
    ///
    /// the group is disabled
    ///
    /// 群组已被禁用
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_IS_DISABLED",
        message = "the group is disabled",
        detailed_message = "群组已被禁用",
        props(advice = "inform_user")
    )]
    #[error("the group is disabled (608 GROUP_IS_DISABLED)")]
    GroupIsDisabled = 608,
    /// **609** `GROUP_MEMBER_ATTRIBUTES_SET_FAILED`
    ///
    /// setting the group member attributes failed
    ///
    /// 设置群成员属性失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "GROUP_MEMBER_ATTRIBUTES_SET_FAILED",
        message = "setting the group member attributes failed",
        detailed_message = "设置群成员属性失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("setting the group member attributes failed (609 GROUP_MEMBER_ATTRIBUTES_SET_FAILED)")]
    GroupMemberAttributesSetFailed = 609,
    /// **700** `REST_PARAMS_STATUS`
    ///
    /// the user token or app key is missing or wrong
    ///
    /// token 或 App Key 不存在或不正确
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "REST_PARAMS_STATUS",
        message = "the user token or app key is missing or wrong",
        detailed_message = "token 或 App Key 不存在或不正确",
        props(advice = "refresh_token")
    )]
    #[error("the user token or app key is missing or wrong (700 REST_PARAMS_STATUS)")]
    RestParamsStatus = 700,
    /// **702** `CHATROOM_NOT_JOINED`
    ///
    /// the user is not in the chat room
    ///
    /// 被操作的用户不在聊天室中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_NOT_JOINED",
        message = "the user is not in the chat room",
        detailed_message = "被操作的用户不在聊天室中",
        props(advice = "inform_user")
    )]
    #[error("the user is not in the chat room (702 CHATROOM_NOT_JOINED)")]
    ChatroomNotJoined = 702,
    /// **704** `CHATROOM_MEMBERS_FULL`
    ///
    /// the chat room is full
    ///
    /// 聊天室人数已满
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_MEMBERS_FULL",
        message = "the chat room is full",
        detailed_message = "聊天室人数已满",
        props(advice = "inform_user")
    )]
    #[error("the chat room is full (704 CHATROOM_MEMBERS_FULL)")]
    ChatroomMembersFull = 704,
    /// **705** `CHATROOM_NOT_EXIST`
    ///
    /// the chat room does not exist
    ///
    /// 聊天室不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "CHATROOM_NOT_EXIST",
        message = "the chat room does not exist",
        detailed_message = "聊天室不存在",
        props(advice = "fix_request")
    )]
    #[error("the chat room does not exist (705 CHATROOM_NOT_EXIST)")]
    ChatroomNotExist = 705,
    /// **800** `LOCAL_DB_OPERATION_FAILED`
    ///
    /// a local database operation failed
    ///
    /// 本地数据库操作失败
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "LOCAL_DB_OPERATION_FAILED",
        message = "a local database operation failed",
        detailed_message = "本地数据库操作失败",
        props(advice = "alert_operators")
    )]
    #[error("a local database operation failed (800 LOCAL_DB_OPERATION_FAILED)")]
    LocalDbOperationFailed = 800,
    /// **999** `SDK_RUNTIME_ERROR`
    ///
    /// sending over the WebSocket failed
    ///
    /// WebSocket 发送消息出错
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "SDK_RUNTIME_ERROR",
        message = "sending over the WebSocket failed",
        detailed_message = "WebSocket 发送消息出错",
        props(advice = "reconnect")
    )]
    #[error("sending over the WebSocket failed (999 SDK_RUNTIME_ERROR)")]
    SdkRuntimeError = 999,
    /// **1100** `PRESENCE_PARAM_EXCEED`
    ///
    /// the custom presence value is too long
    ///
    /// 自定义在线状态参数过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "PRESENCE_PARAM_EXCEED",
        message = "the custom presence value is too long",
        detailed_message = "自定义在线状态参数过长",
        props(advice = "split_payload")
    )]
    #[error("the custom presence value is too long (1100 PRESENCE_PARAM_EXCEED)")]
    PresenceParamExceed = 1100,
    /// **1101** `REACTION_ALREADY_ADDED`
    ///
    /// the reaction was already added
    ///
    /// 该 Reaction 已添加过
    ///
    /// Advice: `none`
    #[strum(
        serialize = "REACTION_ALREADY_ADDED",
        message = "the reaction was already added",
        detailed_message = "该 Reaction 已添加过",
        props(advice = "none")
    )]
    #[error("the reaction was already added (1101 REACTION_ALREADY_ADDED)")]
    ReactionAlreadyAdded = 1101,
    /// **1102** `REACTION_CREATING`
    ///
    /// someone else is creating the same reaction
    ///
    /// 其他人正在创建该 Reaction
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "REACTION_CREATING",
        message = "someone else is creating the same reaction",
        detailed_message = "其他人正在创建该 Reaction",
        props(advice = "retry")
    )]
    #[error("someone else is creating the same reaction (1102 REACTION_CREATING)")]
    ReactionCreating = 1102,
    /// **1103** `REACTION_OPERATION_IS_ILLEGAL`
    ///
    /// the user may not change this reaction
    ///
    /// 用户无权操作该 Reaction
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "REACTION_OPERATION_IS_ILLEGAL",
        message = "the user may not change this reaction",
        detailed_message = "用户无权操作该 Reaction",
        props(advice = "inform_user")
    )]
    #[error("the user may not change this reaction (1103 REACTION_OPERATION_IS_ILLEGAL)")]
    ReactionOperationIsIllegal = 1103,
    /// **1200** `TRANSLATION_NOT_VALID`
    ///
    /// the language code is invalid
    ///
    /// 语言代码不合法
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "TRANSLATION_NOT_VALID",
        message = "the language code is invalid",
        detailed_message = "语言代码不合法",
        props(advice = "fix_request")
    )]
    #[error("the language code is invalid (1200 TRANSLATION_NOT_VALID)")]
    TranslationNotValid = 1200,
    /// **1201** `TRANSLATION_TEXT_TOO_LONG`
    ///
    /// the text to translate is too long
    ///
    /// 待翻译的文本过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "TRANSLATION_TEXT_TOO_LONG",
        message = "the text to translate is too long",
        detailed_message = "待翻译的文本过长",
        props(advice = "split_payload")
    )]
    #[error("the text to translate is too long (1201 TRANSLATION_TEXT_TOO_LONG)")]
    TranslationTextTooLong = 1201,
    /// **1204** `TRANSLATION_FAILED`
    ///
    /// the translation service failed
    ///
    /// 获取翻译服务失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "TRANSLATION_FAILED",
        message = "the translation service failed",
        detailed_message = "获取翻译服务失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("the translation service failed (1204 TRANSLATION_FAILED)")]
    TranslationFailed = 1204,
    /// **1300** `THREAD_NOT_EXIST`
    ///
    /// the thread does not exist
    ///
    /// 子区不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "THREAD_NOT_EXIST",
        message = "the thread does not exist",
        detailed_message = "子区不存在",
        props(advice = "fix_request")
    )]
    #[error("the thread does not exist (1300 THREAD_NOT_EXIST)")]
    ThreadNotExist = 1300,
    /// **1301** `THREAD_ALREADY_EXIST`
    ///
    /// a thread already exists for this message
    ///
    /// 该消息下已有子区
    ///
    /// Advice: `none`
    #[strum(
        serialize = "THREAD_ALREADY_EXIST",
        message = "a thread already exists for this message",
        detailed_message = "该消息下已有子区",
        props(advice = "none")
    )]
    #[error("a thread already exists for this message (1301 THREAD_ALREADY_EXIST)")]
    ThreadAlreadyExist = 1301,
    /// **1302** `MODIFY_MESSAGE_NOT_EXIST`
    ///
    /// the message to modify does not exist
    ///
    /// 要修改的消息不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MODIFY_MESSAGE_NOT_EXIST",
        message = "the message to modify does not exist",
        detailed_message = "要修改的消息不存在",
        props(advice = "fix_request")
    )]
    #[error("the message to modify does not exist (1302 MODIFY_MESSAGE_NOT_EXIST)")]
    ModifyMessageNotExist = 1302,
    /// **1303** `MODIFY_MESSAGE_FORMAT_ERROR`
    ///
    /// the modified message has the wrong format
    ///
    /// 修改后的消息格式不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MODIFY_MESSAGE_FORMAT_ERROR",
        message = "the modified message has the wrong format",
        detailed_message = "修改后的消息格式不正确",
        props(advice = "fix_request")
    )]
    #[error("the modified message has the wrong format (1303 MODIFY_MESSAGE_FORMAT_ERROR)")]
    ModifyMessageFormatError = 1303,
    /// **1304** `MODIFY_MESSAGE_FAILED`
    ///
    /// modifying the message failed
    ///
    /// 修改消息失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "MODIFY_MESSAGE_FAILED",
        message = "modifying the message failed",
        detailed_message = "修改消息失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("modifying the message failed (1304 MODIFY_MESSAGE_FAILED)")]
    ModifyMessageFailed = 1304,
    /// **1400** `CONVERSATION_NOT_EXIST`
    ///
    /// the conversation does not exist
    ///
    /// 会话不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "CONVERSATION_NOT_EXIST",
        message = "the conversation does not exist",
        detailed_message = "会话不存在",
        props(advice = "fix_request")
    )]
    #[error("the conversation does not exist (1400 CONVERSATION_NOT_EXIST)")]
    ConversationNotExist = 1400,
    /// an SDK code the documents do not list
    #[num_enum(catch_all)]
    #[strum(disabled)]
    #[error("an SDK code the documents do not list ({0} UNKNOWN)")]
    Unknown(i32),
}

/// connection states of the Web and mini-program SDK (conn.context.status), not errors
///
/// Web 与小程序 SDK 的连接状态（conn.context.status），不是错误码
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    num_enum::FromPrimitive,
    num_enum::IntoPrimitive,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    thiserror::Error,
    strum::EnumString,
)]
#[repr(i32)]
#[non_exhaustive]
pub enum WebConnectionState {
    /// **400** `STATUS_INIT`
    ///
    /// the initial state, before any login
    ///
    /// 初始状态，尚未开始登录
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_INIT",
        message = "the initial state, before any login",
        detailed_message = "初始状态，尚未开始登录",
        props(advice = "none")
    )]
    #[error("the initial state, before any login (400 STATUS_INIT)")]
    StatusInit = 400,
    /// **401** `STATUS_DOLOGIN_USERGRID`
    ///
    /// logging in through the REST service
    ///
    /// 正在通过 REST 服务登录
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_DOLOGIN_USERGRID",
        message = "logging in through the REST service",
        detailed_message = "正在通过 REST 服务登录",
        props(advice = "none")
    )]
    #[error("logging in through the REST service (401 STATUS_DOLOGIN_USERGRID)")]
    StatusDologinUsergrid = 401,
    /// **402** `STATUS_DOLOGIN_IM`
    ///
    /// logging in to the IM server
    ///
    /// 正在登录 IM 服务器
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_DOLOGIN_IM",
        message = "logging in to the IM server",
        detailed_message = "正在登录 IM 服务器",
        props(advice = "none")
    )]
    #[error("logging in to the IM server (402 STATUS_DOLOGIN_IM)")]
    StatusDologinIm = 402,
    /// **403** `STATUS_OPENED`
    ///
    /// the connection is open
    ///
    /// 连接已建立
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_OPENED",
        message = "the connection is open",
        detailed_message = "连接已建立",
        props(advice = "none")
    )]
    #[error("the connection is open (403 STATUS_OPENED)")]
    StatusOpened = 403,
    /// **404** `STATUS_CLOSING`
    ///
    /// the connection is closing
    ///
    /// 连接正在关闭
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_CLOSING",
        message = "the connection is closing",
        detailed_message = "连接正在关闭",
        props(advice = "none")
    )]
    #[error("the connection is closing (404 STATUS_CLOSING)")]
    StatusClosing = 404,
    /// **405** `STATUS_CLOSED`
    ///
    /// the connection is closed
    ///
    /// 连接已关闭
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_CLOSED",
        message = "the connection is closed",
        detailed_message = "连接已关闭",
        props(advice = "none")
    )]
    #[error("the connection is closed (405 STATUS_CLOSED)")]
    StatusClosed = 405,
    /// **406** `STATUS_ERROR`
    ///
    /// the connection is in error
    ///
    /// 连接出错
    ///
    /// Advice: `none`
    #[strum(
        serialize = "STATUS_ERROR",
        message = "the connection is in error",
        detailed_message = "连接出错",
        props(advice = "none")
    )]
    #[error("the connection is in error (406 STATUS_ERROR)")]
    StatusError = 406,
    /// a connection state the catalogue does not list
    #[num_enum(catch_all)]
    #[strum(disabled)]
    #[error("a connection state the catalogue does not list ({0} UNKNOWN)")]
    Unknown(i32),
}

/// error codes of the native SDKs (Android, iOS, Unity, Windows, HarmonyOS)
///
/// 原生 SDK（Android、iOS、Unity、Windows、HarmonyOS）的错误码
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    num_enum::FromPrimitive,
    num_enum::IntoPrimitive,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumMessage,
    strum::EnumProperty,
    thiserror::Error,
    strum::EnumString,
)]
#[repr(i32)]
#[non_exhaustive]
pub enum NativeSdkCode {
    /// **0** `EM_NO_ERROR`
    ///
    /// the operation succeeded
    ///
    /// 操作成功，没有错误
    ///
    /// Advice: `none`
    #[strum(
        serialize = "EM_NO_ERROR",
        message = "the operation succeeded",
        detailed_message = "操作成功，没有错误",
        props(advice = "none")
    )]
    #[error("the operation succeeded (0 EM_NO_ERROR)")]
    EmNoError = 0,
    /// **1** `GENERAL_ERROR`
    ///
    /// a general error without a specific cause
    ///
    /// 未细分的通用错误
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "GENERAL_ERROR",
        message = "a general error without a specific cause",
        detailed_message = "未细分的通用错误",
        props(advice = "alert_operators")
    )]
    #[error("a general error without a specific cause (1 GENERAL_ERROR)")]
    GeneralError = 1,
    /// **2** `NETWORK_ERROR`
    ///
    /// the network is unavailable and the connection to the server is lost
    ///
    /// 网络不可用，与服务器的连接已断开
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "NETWORK_ERROR",
        message = "the network is unavailable and the connection to the server is lost",
        detailed_message = "网络不可用，与服务器的连接已断开",
        props(advice = "reconnect")
    )]
    #[error(
        "the network is unavailable and the connection to the server is lost (2 NETWORK_ERROR)"
    )]
    NetworkError = 2,
    /// **3** `DATABASE_ERROR`
    ///
    /// a local database operation failed
    ///
    /// 本地数据库操作失败
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "DATABASE_ERROR",
        message = "a local database operation failed",
        detailed_message = "本地数据库操作失败",
        props(advice = "alert_operators")
    )]
    #[error("a local database operation failed (3 DATABASE_ERROR)")]
    DatabaseError = 3,
    /// **4** `EXCEED_SERVICE_LIMIT`
    ///
    /// a limit of the current service plan was exceeded
    ///
    /// 超过当前服务版本的限制
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "EXCEED_SERVICE_LIMIT",
        message = "a limit of the current service plan was exceeded",
        detailed_message = "超过当前服务版本的限制",
        props(advice = "upgrade_plan")
    )]
    #[error("a limit of the current service plan was exceeded (4 EXCEED_SERVICE_LIMIT)")]
    ExceedServiceLimit = 4,
    /// **5** `SERVICE_ARREARAGES`
    ///
    /// the service is in arrears (deprecated code)
    ///
    /// 服务欠费（已废弃）
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "SERVICE_ARREARAGES",
        message = "the service is in arrears (deprecated code)",
        detailed_message = "服务欠费（已废弃）",
        props(advice = "upgrade_plan")
    )]
    #[error("the service is in arrears (deprecated code) (5 SERVICE_ARREARAGES)")]
    ServiceArrearages = 5,
    /// **7** `PARTIAL_SUCCESS`
    ///
    /// the request partly succeeded
    ///
    /// 部分成功，部分失败
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "PARTIAL_SUCCESS",
        message = "the request partly succeeded",
        detailed_message = "部分成功，部分失败",
        props(advice = "retry")
    )]
    #[error("the request partly succeeded (7 PARTIAL_SUCCESS)")]
    PartialSuccess = 7,
    /// **8** `APP_ACTIVE_NUMBER_REACH_LIMITATION`
    ///
    /// the app reached its daily or monthly active user limit
    ///
    /// 应用的日活或月活用户数已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "APP_ACTIVE_NUMBER_REACH_LIMITATION",
        message = "the app reached its daily or monthly active user limit",
        detailed_message = "应用的日活或月活用户数已达上限",
        props(advice = "upgrade_plan")
    )]
    #[error(
        "the app reached its daily or monthly active user limit (8 APP_ACTIVE_NUMBER_REACH_LIMITATION)"
    )]
    AppActiveNumberReachLimitation = 8,
    /// **100** `INVALID_APP_KEY`
    ///
    /// the app key is malformed
    ///
    /// App Key 格式不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "INVALID_APP_KEY",
        message = "the app key is malformed",
        detailed_message = "App Key 格式不正确",
        props(advice = "fix_request")
    )]
    #[error("the app key is malformed (100 INVALID_APP_KEY)")]
    InvalidAppKey = 100,
    /// **101** `INVALID_USER_NAME`
    ///
    /// the user ID is invalid
    ///
    /// 用户 ID 无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "INVALID_USER_NAME",
        message = "the user ID is invalid",
        detailed_message = "用户 ID 无效",
        props(advice = "fix_request")
    )]
    #[error("the user ID is invalid (101 INVALID_USER_NAME)")]
    InvalidUserName = 101,
    /// **102** `INVALID_PASSWORD`
    ///
    /// the password is empty or wrong
    ///
    /// 密码为空或不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "INVALID_PASSWORD",
        message = "the password is empty or wrong",
        detailed_message = "密码为空或不正确",
        props(advice = "fix_request")
    )]
    #[error("the password is empty or wrong (102 INVALID_PASSWORD)")]
    InvalidPassword = 102,
    /// **103** `INVALID_URL`
    ///
    /// the URL is invalid (deprecated code)
    ///
    /// URL 不正确（已废弃）
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "INVALID_URL",
        message = "the URL is invalid (deprecated code)",
        detailed_message = "URL 不正确（已废弃）",
        props(advice = "fix_request")
    )]
    #[error("the URL is invalid (deprecated code) (103 INVALID_URL)")]
    InvalidUrl = 103,
    /// **104** `INVALID_TOKEN`
    ///
    /// the token is empty or invalid
    ///
    /// token 为空或不正确
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "INVALID_TOKEN",
        message = "the token is empty or invalid",
        detailed_message = "token 为空或不正确",
        props(advice = "refresh_token")
    )]
    #[error("the token is empty or invalid (104 INVALID_TOKEN)")]
    InvalidToken = 104,
    /// **105** `USER_NAME_TOO_LONG`
    ///
    /// the user ID is too long
    ///
    /// 用户 ID 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "USER_NAME_TOO_LONG",
        message = "the user ID is too long",
        detailed_message = "用户 ID 过长",
        props(advice = "fix_request")
    )]
    #[error("the user ID is too long (105 USER_NAME_TOO_LONG)")]
    UserNameTooLong = 105,
    /// **108** `TOKEN_EXPIRED`
    ///
    /// the token has expired
    ///
    /// token 已过期
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "TOKEN_EXPIRED",
        message = "the token has expired",
        detailed_message = "token 已过期",
        props(advice = "refresh_token")
    )]
    #[error("the token has expired (108 TOKEN_EXPIRED)")]
    TokenExpired = 108,
    /// **109** `TOKEN_WILL_EXPIRE`
    ///
    /// the token will expire soon
    ///
    /// token 即将过期
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "TOKEN_WILL_EXPIRE",
        message = "the token will expire soon",
        detailed_message = "token 即将过期",
        props(advice = "refresh_token")
    )]
    #[error("the token will expire soon (109 TOKEN_WILL_EXPIRE)")]
    TokenWillExpire = 109,
    /// **110** `INVALID_PARAM`
    ///
    /// a parameter is invalid
    ///
    /// 参数无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "INVALID_PARAM",
        message = "a parameter is invalid",
        detailed_message = "参数无效",
        props(advice = "fix_request")
    )]
    #[error("a parameter is invalid (110 INVALID_PARAM)")]
    InvalidParam = 110,
    /// **112** `QUERY_PARAM_REACHES_LIMIT`
    ///
    /// a parameter value exceeds its limit
    ///
    /// 参数值超出允许的上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "QUERY_PARAM_REACHES_LIMIT",
        message = "a parameter value exceeds its limit",
        detailed_message = "参数值超出允许的上限",
        props(advice = "fix_request")
    )]
    #[error("a parameter value exceeds its limit (112 QUERY_PARAM_REACHES_LIMIT)")]
    QueryParamReachesLimit = 112,
    /// **113** `REACH_LIMIT`
    ///
    /// the user has joined the maximum number of communities
    ///
    /// 用户加入的社区数已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "REACH_LIMIT",
        message = "the user has joined the maximum number of communities",
        detailed_message = "用户加入的社区数已达上限",
        props(advice = "inform_user")
    )]
    #[error("the user has joined the maximum number of communities (113 REACH_LIMIT)")]
    ReachLimit = 113,
    /// **114** `REPEATED_OPERATION`
    ///
    /// the user is already a member of the community
    ///
    /// 用户已在该社区中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "REPEATED_OPERATION",
        message = "the user is already a member of the community",
        detailed_message = "用户已在该社区中",
        props(advice = "none")
    )]
    #[error("the user is already a member of the community (114 REPEATED_OPERATION)")]
    RepeatedOperation = 114,
    /// **200** `USER_ALREADY_LOGIN`
    ///
    /// the user is already logged in
    ///
    /// 用户已经登录
    ///
    /// Advice: `none`
    #[strum(
        serialize = "USER_ALREADY_LOGIN",
        message = "the user is already logged in",
        detailed_message = "用户已经登录",
        props(advice = "none")
    )]
    #[error("the user is already logged in (200 USER_ALREADY_LOGIN)")]
    UserAlreadyLogin = 200,
    /// **201** `USER_NOT_LOGIN`
    ///
    /// the user is not logged in
    ///
    /// 用户未登录
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_NOT_LOGIN",
        message = "the user is not logged in",
        detailed_message = "用户未登录",
        props(advice = "log_in_again")
    )]
    #[error("the user is not logged in (201 USER_NOT_LOGIN)")]
    UserNotLogin = 201,
    /// **202** `USER_AUTHENTICATION_FAILED`
    ///
    /// user authentication failed
    ///
    /// 用户鉴权失败
    ///
    /// Advice: `refresh_token`
    #[strum(
        serialize = "USER_AUTHENTICATION_FAILED",
        message = "user authentication failed",
        detailed_message = "用户鉴权失败",
        props(advice = "refresh_token")
    )]
    #[error("user authentication failed (202 USER_AUTHENTICATION_FAILED)")]
    UserAuthenticationFailed = 202,
    /// **203** `USER_ALREADY_EXIST`
    ///
    /// the user already exists
    ///
    /// 用户已经存在
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_ALREADY_EXIST",
        message = "the user already exists",
        detailed_message = "用户已经存在",
        props(advice = "inform_user")
    )]
    #[error("the user already exists (203 USER_ALREADY_EXIST)")]
    UserAlreadyExist = 203,
    /// **204** `USER_NOT_FOUND`
    ///
    /// the user does not exist
    ///
    /// 用户不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "USER_NOT_FOUND",
        message = "the user does not exist",
        detailed_message = "用户不存在",
        props(advice = "fix_request")
    )]
    #[error("the user does not exist (204 USER_NOT_FOUND)")]
    UserNotFound = 204,
    /// **205** `USER_ILLEGAL_ARGUMENT`
    ///
    /// a user parameter is invalid
    ///
    /// 用户参数不正确
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "USER_ILLEGAL_ARGUMENT",
        message = "a user parameter is invalid",
        detailed_message = "用户参数不正确",
        props(advice = "fix_request")
    )]
    #[error("a user parameter is invalid (205 USER_ILLEGAL_ARGUMENT)")]
    UserIllegalArgument = 205,
    /// **206** `USER_LOGIN_ANOTHER_DEVICE`
    ///
    /// the user logged in on another device
    ///
    /// 用户已在其他设备登录
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_LOGIN_ANOTHER_DEVICE",
        message = "the user logged in on another device",
        detailed_message = "用户已在其他设备登录",
        props(advice = "log_in_again")
    )]
    #[error("the user logged in on another device (206 USER_LOGIN_ANOTHER_DEVICE)")]
    UserLoginAnotherDevice = 206,
    /// **207** `USER_REMOVED`
    ///
    /// the user account was removed
    ///
    /// 用户已被注销
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_REMOVED",
        message = "the user account was removed",
        detailed_message = "用户已被注销",
        props(advice = "log_in_again")
    )]
    #[error("the user account was removed (207 USER_REMOVED)")]
    UserRemoved = 207,
    /// **208** `USER_REG_FAILED`
    ///
    /// registering the user failed
    ///
    /// 用户注册失败
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "USER_REG_FAILED",
        message = "registering the user failed",
        detailed_message = "用户注册失败",
        props(advice = "enable_service")
    )]
    #[error("registering the user failed (208 USER_REG_FAILED)")]
    UserRegFailed = 208,
    /// **209** `USER_UPDATEINFO_FAILED`
    ///
    /// updating the push settings failed
    ///
    /// 更新推送配置失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "USER_UPDATEINFO_FAILED",
        message = "updating the push settings failed",
        detailed_message = "更新推送配置失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("updating the push settings failed (209 USER_UPDATEINFO_FAILED)")]
    UserUpdateinfoFailed = 209,
    /// **210** `USER_PERMISSION_DENIED`
    ///
    /// the user lacks permission
    ///
    /// 用户没有权限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_PERMISSION_DENIED",
        message = "the user lacks permission",
        detailed_message = "用户没有权限",
        props(advice = "inform_user")
    )]
    #[error("the user lacks permission (210 USER_PERMISSION_DENIED)")]
    UserPermissionDenied = 210,
    /// **211** `USER_BINDDEVICETOKEN_FAILED`
    ///
    /// binding the device token failed
    ///
    /// 绑定设备 token 失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "USER_BINDDEVICETOKEN_FAILED",
        message = "binding the device token failed",
        detailed_message = "绑定设备 token 失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("binding the device token failed (211 USER_BINDDEVICETOKEN_FAILED)")]
    UserBinddevicetokenFailed = 211,
    /// **212** `USER_UNBIND_DEVICETOKEN_FAILED`
    ///
    /// unbinding the device token failed
    ///
    /// 解绑设备 token 失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "USER_UNBIND_DEVICETOKEN_FAILED",
        message = "unbinding the device token failed",
        detailed_message = "解绑设备 token 失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("unbinding the device token failed (212 USER_UNBIND_DEVICETOKEN_FAILED)")]
    UserUnbindDevicetokenFailed = 212,
    /// **213** `USER_BIND_ANOTHER_DEVICE`
    ///
    /// the user is logged in on another device, so this login was refused
    ///
    /// 用户已在其他设备登录，本次登录被拒绝
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_BIND_ANOTHER_DEVICE",
        message = "the user is logged in on another device, so this login was refused",
        detailed_message = "用户已在其他设备登录，本次登录被拒绝",
        props(advice = "inform_user")
    )]
    #[error(
        "the user is logged in on another device, so this login was refused (213 USER_BIND_ANOTHER_DEVICE)"
    )]
    UserBindAnotherDevice = 213,
    /// **214** `USER_LOGIN_TOO_MANY_DEVICES`
    ///
    /// too many devices are logged in
    ///
    /// 登录设备数超过上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_LOGIN_TOO_MANY_DEVICES",
        message = "too many devices are logged in",
        detailed_message = "登录设备数超过上限",
        props(advice = "inform_user")
    )]
    #[error("too many devices are logged in (214 USER_LOGIN_TOO_MANY_DEVICES)")]
    UserLoginTooManyDevices = 214,
    /// **215** `USER_MUTED`
    ///
    /// the user is muted in the group or chat room
    ///
    /// 用户在群组或聊天室中被禁言
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_MUTED",
        message = "the user is muted in the group or chat room",
        detailed_message = "用户在群组或聊天室中被禁言",
        props(advice = "inform_user")
    )]
    #[error("the user is muted in the group or chat room (215 USER_MUTED)")]
    UserMuted = 215,
    /// **216** `USER_KICKED_BY_CHANGE_PASSWORD`
    ///
    /// the password changed, so this session was ended
    ///
    /// 密码已修改，当前登录被断开
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_KICKED_BY_CHANGE_PASSWORD",
        message = "the password changed, so this session was ended",
        detailed_message = "密码已修改，当前登录被断开",
        props(advice = "log_in_again")
    )]
    #[error("the password changed, so this session was ended (216 USER_KICKED_BY_CHANGE_PASSWORD)")]
    UserKickedByChangePassword = 216,
    /// **217** `USER_KICKED_BY_OTHER_DEVICE`
    ///
    /// the user was kicked offline
    ///
    /// 用户被踢下线
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_KICKED_BY_OTHER_DEVICE",
        message = "the user was kicked offline",
        detailed_message = "用户被踢下线",
        props(advice = "log_in_again")
    )]
    #[error("the user was kicked offline (217 USER_KICKED_BY_OTHER_DEVICE)")]
    UserKickedByOtherDevice = 217,
    /// **218** `USER_ALREADY_LOGIN_ANOTHER`
    ///
    /// another user is logged in on this device
    ///
    /// 设备上已有其他用户登录
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "USER_ALREADY_LOGIN_ANOTHER",
        message = "another user is logged in on this device",
        detailed_message = "设备上已有其他用户登录",
        props(advice = "fix_request")
    )]
    #[error("another user is logged in on this device (218 USER_ALREADY_LOGIN_ANOTHER)")]
    UserAlreadyLoginAnother = 218,
    /// **219** `USER_MUTED_BY_ADMIN`
    ///
    /// the user is muted app-wide
    ///
    /// 用户被全局禁言
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_MUTED_BY_ADMIN",
        message = "the user is muted app-wide",
        detailed_message = "用户被全局禁言",
        props(advice = "inform_user")
    )]
    #[error("the user is muted app-wide (219 USER_MUTED_BY_ADMIN)")]
    UserMutedByAdmin = 219,
    /// **220** `USER_DEVICE_CHANGED`
    ///
    /// the login device differs from the last one
    ///
    /// 登录设备与上次不一致
    ///
    /// Advice: `log_in_again`
    #[strum(
        serialize = "USER_DEVICE_CHANGED",
        message = "the login device differs from the last one",
        detailed_message = "登录设备与上次不一致",
        props(advice = "log_in_again")
    )]
    #[error("the login device differs from the last one (220 USER_DEVICE_CHANGED)")]
    UserDeviceChanged = 220,
    /// **221** `USER_NOT_ON_ROSTER`
    ///
    /// messages between non-contacts are not allowed
    ///
    /// 非好友之间禁止发消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "USER_NOT_ON_ROSTER",
        message = "messages between non-contacts are not allowed",
        detailed_message = "非好友之间禁止发消息",
        props(advice = "inform_user")
    )]
    #[error("messages between non-contacts are not allowed (221 USER_NOT_ON_ROSTER)")]
    UserNotOnRoster = 221,
    /// **300** `SERVER_NOT_REACHABLE`
    ///
    /// the server is unreachable
    ///
    /// 服务器不可达
    ///
    /// Advice: `reconnect`
    #[strum(
        serialize = "SERVER_NOT_REACHABLE",
        message = "the server is unreachable",
        detailed_message = "服务器不可达",
        props(advice = "reconnect")
    )]
    #[error("the server is unreachable (300 SERVER_NOT_REACHABLE)")]
    ServerNotReachable = 300,
    /// **301** `SERVER_TIMEOUT`
    ///
    /// the request timed out
    ///
    /// 请求超时
    ///
    /// Advice: `retry`
    #[strum(
        serialize = "SERVER_TIMEOUT",
        message = "the request timed out",
        detailed_message = "请求超时",
        props(advice = "retry")
    )]
    #[error("the request timed out (301 SERVER_TIMEOUT)")]
    ServerTimeout = 301,
    /// **302** `SERVER_BUSY`
    ///
    /// the server is busy
    ///
    /// 服务器忙
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "SERVER_BUSY",
        message = "the server is busy",
        detailed_message = "服务器忙",
        props(advice = "retry_with_backoff")
    )]
    #[error("the server is busy (302 SERVER_BUSY)")]
    ServerBusy = 302,
    /// **303** `SERVER_UNKNOWN_ERROR`
    ///
    /// a server request failed
    ///
    /// 服务请求失败（通用错误）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "SERVER_UNKNOWN_ERROR",
        message = "a server request failed",
        detailed_message = "服务请求失败（通用错误）",
        props(advice = "alert_operators")
    )]
    #[error("a server request failed (303 SERVER_UNKNOWN_ERROR)")]
    ServerUnknownError = 303,
    /// **304** `SERVER_GET_DNSLIST_FAILED`
    ///
    /// fetching the server configuration failed
    ///
    /// 获取服务器配置失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "SERVER_GET_DNSLIST_FAILED",
        message = "fetching the server configuration failed",
        detailed_message = "获取服务器配置失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("fetching the server configuration failed (304 SERVER_GET_DNSLIST_FAILED)")]
    ServerGetDnslistFailed = 304,
    /// **305** `SERVER_SERVICE_RESTRICTED`
    ///
    /// the app is disabled
    ///
    /// 当前应用已被禁用
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "SERVER_SERVICE_RESTRICTED",
        message = "the app is disabled",
        detailed_message = "当前应用已被禁用",
        props(advice = "alert_operators")
    )]
    #[error("the app is disabled (305 SERVER_SERVICE_RESTRICTED)")]
    ServerServiceRestricted = 305,
    /// **400** `FILE_NOT_FOUND`
    ///
    /// the file was not found
    ///
    /// 文件不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "FILE_NOT_FOUND",
        message = "the file was not found",
        detailed_message = "文件不存在",
        props(advice = "fix_request")
    )]
    #[error("the file was not found (400 FILE_NOT_FOUND)")]
    FileNotFound = 400,
    /// **401** `FILE_INVALID`
    ///
    /// the file is invalid
    ///
    /// 文件无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "FILE_INVALID",
        message = "the file is invalid",
        detailed_message = "文件无效",
        props(advice = "fix_request")
    )]
    #[error("the file is invalid (401 FILE_INVALID)")]
    FileInvalid = 401,
    /// **402** `FILE_UPLOAD_FAILED`
    ///
    /// uploading the file failed
    ///
    /// 上传文件失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "FILE_UPLOAD_FAILED",
        message = "uploading the file failed",
        detailed_message = "上传文件失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("uploading the file failed (402 FILE_UPLOAD_FAILED)")]
    FileUploadFailed = 402,
    /// **403** `FILE_DOWNLOAD_FAILED`
    ///
    /// downloading the file failed
    ///
    /// 下载文件失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "FILE_DOWNLOAD_FAILED",
        message = "downloading the file failed",
        detailed_message = "下载文件失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("downloading the file failed (403 FILE_DOWNLOAD_FAILED)")]
    FileDownloadFailed = 403,
    /// **404** `FILE_DELETE_FAILED`
    ///
    /// deleting the old log file failed
    ///
    /// 删除日志文件失败
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "FILE_DELETE_FAILED",
        message = "deleting the old log file failed",
        detailed_message = "删除日志文件失败",
        props(advice = "alert_operators")
    )]
    #[error("deleting the old log file failed (404 FILE_DELETE_FAILED)")]
    FileDeleteFailed = 404,
    /// **405** `FILE_TOO_LARGE`
    ///
    /// the file is too large
    ///
    /// 文件太大
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "FILE_TOO_LARGE",
        message = "the file is too large",
        detailed_message = "文件太大",
        props(advice = "split_payload")
    )]
    #[error("the file is too large (405 FILE_TOO_LARGE)")]
    FileTooLarge = 405,
    /// **406** `FILE_CONTENT_IMPROPER`
    ///
    /// the file content is not allowed
    ///
    /// 文件内容不合规
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "FILE_CONTENT_IMPROPER",
        message = "the file content is not allowed",
        detailed_message = "文件内容不合规",
        props(advice = "inform_user")
    )]
    #[error("the file content is not allowed (406 FILE_CONTENT_IMPROPER)")]
    FileContentImproper = 406,
    /// **407** `FILE_IS_EXPIRED`
    ///
    /// the file has expired
    ///
    /// 文件已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "FILE_IS_EXPIRED",
        message = "the file has expired",
        detailed_message = "文件已过期",
        props(advice = "inform_user")
    )]
    #[error("the file has expired (407 FILE_IS_EXPIRED)")]
    FileIsExpired = 407,
    /// **500** `MESSAGE_INVALID`
    ///
    /// the message is invalid
    ///
    /// 消息无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "MESSAGE_INVALID",
        message = "the message is invalid",
        detailed_message = "消息无效",
        props(advice = "fix_request")
    )]
    #[error("the message is invalid (500 MESSAGE_INVALID)")]
    MessageInvalid = 500,
    /// **501** `MESSAGE_INCLUDE_ILLEGAL_CONTENT`
    ///
    /// the message contains prohibited content
    ///
    /// 消息含有违规内容
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_INCLUDE_ILLEGAL_CONTENT",
        message = "the message contains prohibited content",
        detailed_message = "消息含有违规内容",
        props(advice = "inform_user")
    )]
    #[error("the message contains prohibited content (501 MESSAGE_INCLUDE_ILLEGAL_CONTENT)")]
    MessageIncludeIllegalContent = 501,
    /// **502** `MESSAGE_SEND_TRAFFIC_LIMIT`
    ///
    /// messages are being sent too fast
    ///
    /// 发送消息过快，被限流
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "MESSAGE_SEND_TRAFFIC_LIMIT",
        message = "messages are being sent too fast",
        detailed_message = "发送消息过快，被限流",
        props(advice = "slow_down")
    )]
    #[error("messages are being sent too fast (502 MESSAGE_SEND_TRAFFIC_LIMIT)")]
    MessageSendTrafficLimit = 502,
    /// **503** `MESSAGE_ENCRYPTION_ERROR`
    ///
    /// message encryption failed (deprecated code)
    ///
    /// 消息加密错误（已废弃）
    ///
    /// Advice: `alert_operators`
    #[strum(
        serialize = "MESSAGE_ENCRYPTION_ERROR",
        message = "message encryption failed (deprecated code)",
        detailed_message = "消息加密错误（已废弃）",
        props(advice = "alert_operators")
    )]
    #[error("message encryption failed (deprecated code) (503 MESSAGE_ENCRYPTION_ERROR)")]
    MessageEncryptionError = 503,
    /// **504** `MESSAGE_RECALL_TIME_LIMIT`
    ///
    /// the time limit for recalling the message has passed
    ///
    /// 已超过消息撤回时限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_RECALL_TIME_LIMIT",
        message = "the time limit for recalling the message has passed",
        detailed_message = "已超过消息撤回时限",
        props(advice = "inform_user")
    )]
    #[error("the time limit for recalling the message has passed (504 MESSAGE_RECALL_TIME_LIMIT)")]
    MessageRecallTimeLimit = 504,
    /// **505** `SERVICE_NOT_ENABLED`
    ///
    /// the feature is not enabled
    ///
    /// 功能未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "SERVICE_NOT_ENABLED",
        message = "the feature is not enabled",
        detailed_message = "功能未开通",
        props(advice = "enable_service")
    )]
    #[error("the feature is not enabled (505 SERVICE_NOT_ENABLED)")]
    ServiceNotEnabled = 505,
    /// **506** `MESSAGE_EXPIRED`
    ///
    /// the message has expired
    ///
    /// 消息已过期
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_EXPIRED",
        message = "the message has expired",
        detailed_message = "消息已过期",
        props(advice = "inform_user")
    )]
    #[error("the message has expired (506 MESSAGE_EXPIRED)")]
    MessageExpired = 506,
    /// **507** `MESSAGE_ILLEGAL_WHITELIST`
    ///
    /// everyone is muted and the user is not on the allow list
    ///
    /// 全员禁言中且用户不在白名单
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_ILLEGAL_WHITELIST",
        message = "everyone is muted and the user is not on the allow list",
        detailed_message = "全员禁言中且用户不在白名单",
        props(advice = "inform_user")
    )]
    #[error(
        "everyone is muted and the user is not on the allow list (507 MESSAGE_ILLEGAL_WHITELIST)"
    )]
    MessageIllegalWhitelist = 507,
    /// **508** `MESSAGE_EXTERNAL_LOGIC_BLOCKED`
    ///
    /// the pre-send callback blocked the message
    ///
    /// 消息被发送前回调拦截
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MESSAGE_EXTERNAL_LOGIC_BLOCKED",
        message = "the pre-send callback blocked the message",
        detailed_message = "消息被发送前回调拦截",
        props(advice = "inform_user")
    )]
    #[error("the pre-send callback blocked the message (508 MESSAGE_EXTERNAL_LOGIC_BLOCKED)")]
    MessageExternalLogicBlocked = 508,
    /// **509** `MESSAGE_CURRENT_LIMITING`
    ///
    /// the user is sending messages faster than allowed
    ///
    /// 单个用户发消息超过频率限制
    ///
    /// Advice: `slow_down`
    #[strum(
        serialize = "MESSAGE_CURRENT_LIMITING",
        message = "the user is sending messages faster than allowed",
        detailed_message = "单个用户发消息超过频率限制",
        props(advice = "slow_down")
    )]
    #[error("the user is sending messages faster than allowed (509 MESSAGE_CURRENT_LIMITING)")]
    MessageCurrentLimiting = 509,
    /// **510** `MESSAGE_SIZE_LIMIT`
    ///
    /// the message body is over the size limit
    ///
    /// 消息体超过大小上限
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "MESSAGE_SIZE_LIMIT",
        message = "the message body is over the size limit",
        detailed_message = "消息体超过大小上限",
        props(advice = "split_payload")
    )]
    #[error("the message body is over the size limit (510 MESSAGE_SIZE_LIMIT)")]
    MessageSizeLimit = 510,
    /// **511** `MESSAGE_EDIT_FAILED`
    ///
    /// editing the message failed
    ///
    /// 修改消息失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "MESSAGE_EDIT_FAILED",
        message = "editing the message failed",
        detailed_message = "修改消息失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("editing the message failed (511 MESSAGE_EDIT_FAILED)")]
    MessageEditFailed = 511,
    /// **600** `GROUP_INVALID_ID`
    ///
    /// the group ID is invalid
    ///
    /// 群组 ID 无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_INVALID_ID",
        message = "the group ID is invalid",
        detailed_message = "群组 ID 无效",
        props(advice = "fix_request")
    )]
    #[error("the group ID is invalid (600 GROUP_INVALID_ID)")]
    GroupInvalidId = 600,
    /// **601** `GROUP_ALREADY_JOINED`
    ///
    /// the user is already in the group
    ///
    /// 用户已在群组中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "GROUP_ALREADY_JOINED",
        message = "the user is already in the group",
        detailed_message = "用户已在群组中",
        props(advice = "none")
    )]
    #[error("the user is already in the group (601 GROUP_ALREADY_JOINED)")]
    GroupAlreadyJoined = 601,
    /// **602** `GROUP_NOT_JOINED`
    ///
    /// the user is not a member of the group
    ///
    /// 用户不在该群组中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_NOT_JOINED",
        message = "the user is not a member of the group",
        detailed_message = "用户不在该群组中",
        props(advice = "inform_user")
    )]
    #[error("the user is not a member of the group (602 GROUP_NOT_JOINED)")]
    GroupNotJoined = 602,
    /// **603** `GROUP_PERMISSION_DENIED`
    ///
    /// the user may not perform this group operation
    ///
    /// 无权执行该群组操作
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_PERMISSION_DENIED",
        message = "the user may not perform this group operation",
        detailed_message = "无权执行该群组操作",
        props(advice = "inform_user")
    )]
    #[error("the user may not perform this group operation (603 GROUP_PERMISSION_DENIED)")]
    GroupPermissionDenied = 603,
    /// **604** `GROUP_MEMBERS_FULL`
    ///
    /// the group is full
    ///
    /// 群组人数已满
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_MEMBERS_FULL",
        message = "the group is full",
        detailed_message = "群组人数已满",
        props(advice = "inform_user")
    )]
    #[error("the group is full (604 GROUP_MEMBERS_FULL)")]
    GroupMembersFull = 604,
    /// **605** `GROUP_SHARED_FILE_INVALIDID`
    ///
    /// the group shared file ID is invalid
    ///
    /// 群共享文件 ID 无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_SHARED_FILE_INVALIDID",
        message = "the group shared file ID is invalid",
        detailed_message = "群共享文件 ID 无效",
        props(advice = "fix_request")
    )]
    #[error("the group shared file ID is invalid (605 GROUP_SHARED_FILE_INVALIDID)")]
    GroupSharedFileInvalidid = 605,
    /// **606** `GROUP_NOT_EXIST`
    ///
    /// the group does not exist
    ///
    /// 群组不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_NOT_EXIST",
        message = "the group does not exist",
        detailed_message = "群组不存在",
        props(advice = "fix_request")
    )]
    #[error("the group does not exist (606 GROUP_NOT_EXIST)")]
    GroupNotExist = 606,
    /// **607** `GROUP_DISABLED`
    ///
    /// the group is disabled
    ///
    /// 群组已被禁用
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_DISABLED",
        message = "the group is disabled",
        detailed_message = "群组已被禁用",
        props(advice = "inform_user")
    )]
    #[error("the group is disabled (607 GROUP_DISABLED)")]
    GroupDisabled = 607,
    /// **608** `GROUP_NAME_VIOLATION`
    ///
    /// the group name is invalid
    ///
    /// 群组名称无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_NAME_VIOLATION",
        message = "the group name is invalid",
        detailed_message = "群组名称无效",
        props(advice = "fix_request")
    )]
    #[error("the group name is invalid (608 GROUP_NAME_VIOLATION)")]
    GroupNameViolation = 608,
    /// **609** `GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT`
    ///
    /// the group member already has the maximum number of custom attributes
    ///
    /// 群成员自定义属性数已达上限
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT",
        message = "the group member already has the maximum number of custom attributes",
        detailed_message = "群成员自定义属性数已达上限",
        props(advice = "fix_request")
    )]
    #[error(
        "the group member already has the maximum number of custom attributes (609 GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT)"
    )]
    GroupMemberAttributesReachLimit = 609,
    /// **610** `GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED`
    ///
    /// setting the group member attributes failed
    ///
    /// 设置群成员自定义属性失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED",
        message = "setting the group member attributes failed",
        detailed_message = "设置群成员自定义属性失败",
        props(advice = "retry_with_backoff")
    )]
    #[error(
        "setting the group member attributes failed (610 GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED)"
    )]
    GroupMemberAttributesUpdateFailed = 610,
    /// **611** `GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT`
    ///
    /// a group member attribute key is too long
    ///
    /// 群成员自定义属性的 key 过长
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT",
        message = "a group member attribute key is too long",
        detailed_message = "群成员自定义属性的 key 过长",
        props(advice = "fix_request")
    )]
    #[error(
        "a group member attribute key is too long (611 GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT)"
    )]
    GroupMemberAttributesKeyReachLimit = 611,
    /// **612** `GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT`
    ///
    /// a group member attribute value is too long
    ///
    /// 群成员自定义属性的 value 过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT",
        message = "a group member attribute value is too long",
        detailed_message = "群成员自定义属性的 value 过长",
        props(advice = "split_payload")
    )]
    #[error(
        "a group member attribute value is too long (612 GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT)"
    )]
    GroupMemberAttributesValueReachLimit = 612,
    /// **613** `GROUP_USER_IN_BLOCKLIST`
    ///
    /// the user is on the group's block list
    ///
    /// 用户在群组黑名单中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "GROUP_USER_IN_BLOCKLIST",
        message = "the user is on the group's block list",
        detailed_message = "用户在群组黑名单中",
        props(advice = "inform_user")
    )]
    #[error("the user is on the group's block list (613 GROUP_USER_IN_BLOCKLIST)")]
    GroupUserInBlocklist = 613,
    /// **700** `CHATROOM_INVALID_ID`
    ///
    /// the chat room ID is invalid
    ///
    /// 聊天室 ID 无效
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "CHATROOM_INVALID_ID",
        message = "the chat room ID is invalid",
        detailed_message = "聊天室 ID 无效",
        props(advice = "fix_request")
    )]
    #[error("the chat room ID is invalid (700 CHATROOM_INVALID_ID)")]
    ChatroomInvalidId = 700,
    /// **701** `CHATROOM_ALREADY_JOINED`
    ///
    /// the user is already in the chat room
    ///
    /// 用户已在聊天室中
    ///
    /// Advice: `none`
    #[strum(
        serialize = "CHATROOM_ALREADY_JOINED",
        message = "the user is already in the chat room",
        detailed_message = "用户已在聊天室中",
        props(advice = "none")
    )]
    #[error("the user is already in the chat room (701 CHATROOM_ALREADY_JOINED)")]
    ChatroomAlreadyJoined = 701,
    /// **702** `CHATROOM_NOT_JOINED`
    ///
    /// the user is not in the chat room
    ///
    /// 用户不在该聊天室中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_NOT_JOINED",
        message = "the user is not in the chat room",
        detailed_message = "用户不在该聊天室中",
        props(advice = "inform_user")
    )]
    #[error("the user is not in the chat room (702 CHATROOM_NOT_JOINED)")]
    ChatroomNotJoined = 702,
    /// **703** `CHATROOM_PERMISSION_DENIED`
    ///
    /// the user may not perform this chat room operation
    ///
    /// 无权执行该聊天室操作
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_PERMISSION_DENIED",
        message = "the user may not perform this chat room operation",
        detailed_message = "无权执行该聊天室操作",
        props(advice = "inform_user")
    )]
    #[error("the user may not perform this chat room operation (703 CHATROOM_PERMISSION_DENIED)")]
    ChatroomPermissionDenied = 703,
    /// **704** `CHATROOM_MEMBERS_FULL`
    ///
    /// the chat room is full
    ///
    /// 聊天室人数已满
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_MEMBERS_FULL",
        message = "the chat room is full",
        detailed_message = "聊天室人数已满",
        props(advice = "inform_user")
    )]
    #[error("the chat room is full (704 CHATROOM_MEMBERS_FULL)")]
    ChatroomMembersFull = 704,
    /// **705** `CHATROOM_NOT_EXIST`
    ///
    /// the chat room does not exist
    ///
    /// 聊天室不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "CHATROOM_NOT_EXIST",
        message = "the chat room does not exist",
        detailed_message = "聊天室不存在",
        props(advice = "fix_request")
    )]
    #[error("the chat room does not exist (705 CHATROOM_NOT_EXIST)")]
    ChatroomNotExist = 705,
    /// **706** `CHATROOM_OWNER_NOT_ALLOW_LEAVE`
    ///
    /// the chat room owner may not leave the room
    ///
    /// 聊天室所有者不允许离开聊天室
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "CHATROOM_OWNER_NOT_ALLOW_LEAVE",
        message = "the chat room owner may not leave the room",
        detailed_message = "聊天室所有者不允许离开聊天室",
        props(advice = "fix_request")
    )]
    #[error("the chat room owner may not leave the room (706 CHATROOM_OWNER_NOT_ALLOW_LEAVE)")]
    ChatroomOwnerNotAllowLeave = 706,
    /// **707** `CHATROOM_USER_IN_BLOCKLIST`
    ///
    /// the user is on the chat room's block list
    ///
    /// 用户在聊天室黑名单中
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CHATROOM_USER_IN_BLOCKLIST",
        message = "the user is on the chat room's block list",
        detailed_message = "用户在聊天室黑名单中",
        props(advice = "inform_user")
    )]
    #[error("the user is on the chat room's block list (707 CHATROOM_USER_IN_BLOCKLIST)")]
    ChatroomUserInBlocklist = 707,
    /// **900** `USERINFO_USERCOUNT_EXCEED`
    ///
    /// more than 100 users were asked for in one user attribute query
    ///
    /// 一次获取用户属性的用户数超过 100
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "USERINFO_USERCOUNT_EXCEED",
        message = "more than 100 users were asked for in one user attribute query",
        detailed_message = "一次获取用户属性的用户数超过 100",
        props(advice = "split_payload")
    )]
    #[error(
        "more than 100 users were asked for in one user attribute query (900 USERINFO_USERCOUNT_EXCEED)"
    )]
    UserinfoUsercountExceed = 900,
    /// **901** `USERINFO_DATALENGTH_EXCEED`
    ///
    /// the user attributes are too long
    ///
    /// 用户属性数据过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "USERINFO_DATALENGTH_EXCEED",
        message = "the user attributes are too long",
        detailed_message = "用户属性数据过长",
        props(advice = "split_payload")
    )]
    #[error("the user attributes are too long (901 USERINFO_DATALENGTH_EXCEED)")]
    UserinfoDatalengthExceed = 901,
    /// **1000** `CONTACT_ADD_FAILED`
    ///
    /// adding the contact failed
    ///
    /// 添加好友失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "CONTACT_ADD_FAILED",
        message = "adding the contact failed",
        detailed_message = "添加好友失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("adding the contact failed (1000 CONTACT_ADD_FAILED)")]
    ContactAddFailed = 1000,
    /// **1001** `CONTACT_REACH_LIMIT`
    ///
    /// the inviter has reached the contact limit
    ///
    /// 邀请方的好友数已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CONTACT_REACH_LIMIT",
        message = "the inviter has reached the contact limit",
        detailed_message = "邀请方的好友数已达上限",
        props(advice = "inform_user")
    )]
    #[error("the inviter has reached the contact limit (1001 CONTACT_REACH_LIMIT)")]
    ContactReachLimit = 1001,
    /// **1002** `CONTACT_REACH_LIMIT_PEER`
    ///
    /// the invitee has reached the contact limit
    ///
    /// 被邀请方的好友数已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "CONTACT_REACH_LIMIT_PEER",
        message = "the invitee has reached the contact limit",
        detailed_message = "被邀请方的好友数已达上限",
        props(advice = "inform_user")
    )]
    #[error("the invitee has reached the contact limit (1002 CONTACT_REACH_LIMIT_PEER)")]
    ContactReachLimitPeer = 1002,
    /// **1100** `PRESENCE_PARAM_LENGTH_EXCEED`
    ///
    /// a presence parameter is too long
    ///
    /// 在线状态参数过长
    ///
    /// Advice: `split_payload`
    #[strum(
        serialize = "PRESENCE_PARAM_LENGTH_EXCEED",
        message = "a presence parameter is too long",
        detailed_message = "在线状态参数过长",
        props(advice = "split_payload")
    )]
    #[error("a presence parameter is too long (1100 PRESENCE_PARAM_LENGTH_EXCEED)")]
    PresenceParamLengthExceed = 1100,
    /// **1101** `PRESENCE_CANNOT_SUBSCRIBE_YOURSELF`
    ///
    /// a user cannot subscribe to their own presence
    ///
    /// 不能订阅自己的在线状态
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "PRESENCE_CANNOT_SUBSCRIBE_YOURSELF",
        message = "a user cannot subscribe to their own presence",
        detailed_message = "不能订阅自己的在线状态",
        props(advice = "fix_request")
    )]
    #[error(
        "a user cannot subscribe to their own presence (1101 PRESENCE_CANNOT_SUBSCRIBE_YOURSELF)"
    )]
    PresenceCannotSubscribeYourself = 1101,
    /// **1110** `TRANSLATE_PARAM_INVALID`
    ///
    /// a translation parameter is invalid
    ///
    /// 翻译参数错误
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "TRANSLATE_PARAM_INVALID",
        message = "a translation parameter is invalid",
        detailed_message = "翻译参数错误",
        props(advice = "fix_request")
    )]
    #[error("a translation parameter is invalid (1110 TRANSLATE_PARAM_INVALID)")]
    TranslateParamInvalid = 1110,
    /// **1111** `TRANSLATE_SERVICE_NOT_ENABLE`
    ///
    /// the translation service is not enabled
    ///
    /// 翻译服务未开通
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "TRANSLATE_SERVICE_NOT_ENABLE",
        message = "the translation service is not enabled",
        detailed_message = "翻译服务未开通",
        props(advice = "enable_service")
    )]
    #[error("the translation service is not enabled (1111 TRANSLATE_SERVICE_NOT_ENABLE)")]
    TranslateServiceNotEnable = 1111,
    /// **1112** `TRANSLATE_USAGE_LIMIT`
    ///
    /// the translation quota is used up
    ///
    /// 翻译用量已达上限
    ///
    /// Advice: `upgrade_plan`
    #[strum(
        serialize = "TRANSLATE_USAGE_LIMIT",
        message = "the translation quota is used up",
        detailed_message = "翻译用量已达上限",
        props(advice = "upgrade_plan")
    )]
    #[error("the translation quota is used up (1112 TRANSLATE_USAGE_LIMIT)")]
    TranslateUsageLimit = 1112,
    /// **1113** `TRANSLATE_MESSAGE_FAIL`
    ///
    /// translating the message failed
    ///
    /// 翻译失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "TRANSLATE_MESSAGE_FAIL",
        message = "translating the message failed",
        detailed_message = "翻译失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("translating the message failed (1113 TRANSLATE_MESSAGE_FAIL)")]
    TranslateMessageFail = 1113,
    /// **1200** `MODERATION_FAILED`
    ///
    /// third-party moderation rejected the message
    ///
    /// 第三方内容审核拒绝了该消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "MODERATION_FAILED",
        message = "third-party moderation rejected the message",
        detailed_message = "第三方内容审核拒绝了该消息",
        props(advice = "inform_user")
    )]
    #[error("third-party moderation rejected the message (1200 MODERATION_FAILED)")]
    ModerationFailed = 1200,
    /// **1299** `THIRD_SERVER_FAILED`
    ///
    /// another moderation service rejected the message
    ///
    /// 其他审核服务拒绝了该消息
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "THIRD_SERVER_FAILED",
        message = "another moderation service rejected the message",
        detailed_message = "其他审核服务拒绝了该消息",
        props(advice = "inform_user")
    )]
    #[error("another moderation service rejected the message (1299 THIRD_SERVER_FAILED)")]
    ThirdServerFailed = 1299,
    /// **1300** `REACTION_REACH_LIMIT`
    ///
    /// the message has the maximum number of reactions
    ///
    /// 消息的 Reaction 数已达上限
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "REACTION_REACH_LIMIT",
        message = "the message has the maximum number of reactions",
        detailed_message = "消息的 Reaction 数已达上限",
        props(advice = "inform_user")
    )]
    #[error("the message has the maximum number of reactions (1300 REACTION_REACH_LIMIT)")]
    ReactionReachLimit = 1300,
    /// **1301** `REACTION_HAS_BEEN_OPERATED`
    ///
    /// the reaction was already added
    ///
    /// 该 Reaction 已添加过
    ///
    /// Advice: `none`
    #[strum(
        serialize = "REACTION_HAS_BEEN_OPERATED",
        message = "the reaction was already added",
        detailed_message = "该 Reaction 已添加过",
        props(advice = "none")
    )]
    #[error("the reaction was already added (1301 REACTION_HAS_BEEN_OPERATED)")]
    ReactionHasBeenOperated = 1301,
    /// **1302** `REACTION_OPERATION_IS_ILLEGAL`
    ///
    /// the user may not change this reaction
    ///
    /// 无权操作该 Reaction
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "REACTION_OPERATION_IS_ILLEGAL",
        message = "the user may not change this reaction",
        detailed_message = "无权操作该 Reaction",
        props(advice = "inform_user")
    )]
    #[error("the user may not change this reaction (1302 REACTION_OPERATION_IS_ILLEGAL)")]
    ReactionOperationIsIllegal = 1302,
    /// **1400** `THREAD_NOT_EXIST`
    ///
    /// the thread does not exist
    ///
    /// 子区不存在
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "THREAD_NOT_EXIST",
        message = "the thread does not exist",
        detailed_message = "子区不存在",
        props(advice = "fix_request")
    )]
    #[error("the thread does not exist (1400 THREAD_NOT_EXIST)")]
    ThreadNotExist = 1400,
    /// **1401** `THREAD_ALREADY_EXIST`
    ///
    /// a thread already exists for this message
    ///
    /// 该消息下已有子区
    ///
    /// Advice: `none`
    #[strum(
        serialize = "THREAD_ALREADY_EXIST",
        message = "a thread already exists for this message",
        detailed_message = "该消息下已有子区",
        props(advice = "none")
    )]
    #[error("a thread already exists for this message (1401 THREAD_ALREADY_EXIST)")]
    ThreadAlreadyExist = 1401,
    /// **1402** `THREAD_CREATE_MESSAGE_ILLEGAL`
    ///
    /// the message to create the thread from is invalid
    ///
    /// 创建子区所用的消息无效
    ///
    /// Advice: `inform_user`
    #[strum(
        serialize = "THREAD_CREATE_MESSAGE_ILLEGAL",
        message = "the message to create the thread from is invalid",
        detailed_message = "创建子区所用的消息无效",
        props(advice = "inform_user")
    )]
    #[error(
        "the message to create the thread from is invalid (1402 THREAD_CREATE_MESSAGE_ILLEGAL)"
    )]
    ThreadCreateMessageIllegal = 1402,
    /// **1500** `PUSH_NOT_SUPPORT`
    ///
    /// the configured third-party push is not supported on this device
    ///
    /// 当前设备不支持所配置的第三方推送
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "PUSH_NOT_SUPPORT",
        message = "the configured third-party push is not supported on this device",
        detailed_message = "当前设备不支持所配置的第三方推送",
        props(advice = "fix_request")
    )]
    #[error(
        "the configured third-party push is not supported on this device (1500 PUSH_NOT_SUPPORT)"
    )]
    PushNotSupport = 1500,
    /// **1501** `PUSH_BIND_FAILED`
    ///
    /// binding the third-party push token failed
    ///
    /// 绑定第三方推送 token 失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "PUSH_BIND_FAILED",
        message = "binding the third-party push token failed",
        detailed_message = "绑定第三方推送 token 失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("binding the third-party push token failed (1501 PUSH_BIND_FAILED)")]
    PushBindFailed = 1501,
    /// **1502** `PUSH_UNBIND_FAILED`
    ///
    /// unbinding the third-party push token failed
    ///
    /// 解绑第三方推送 token 失败
    ///
    /// Advice: `retry_with_backoff`
    #[strum(
        serialize = "PUSH_UNBIND_FAILED",
        message = "unbinding the third-party push token failed",
        detailed_message = "解绑第三方推送 token 失败",
        props(advice = "retry_with_backoff")
    )]
    #[error("unbinding the third-party push token failed (1502 PUSH_UNBIND_FAILED)")]
    PushUnbindFailed = 1502,
    /// a code the native SDK documents do not list
    #[num_enum(catch_all)]
    #[strum(disabled)]
    #[error("a code the native SDK documents do not list ({0} UNKNOWN)")]
    Unknown(i32),
}
