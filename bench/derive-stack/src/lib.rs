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
    /// concurrent user-token requests that auto-create the user conflicted
    ///
    /// 并发获取用户 token 且自动创建用户时发生冲突
    ///
    /// Advice: `retry`
    #[strum(
        message = "concurrent user-token requests that auto-create the user conflicted",
        detailed_message = "并发获取用户 token 且自动创建用户时发生冲突",
        props(reason = "Conflict", advice = "retry")
    )]
    #[error("409 Conflict")]
    Conflict = 409,
    /// **413** Request Entity Too Large
    ///
    /// the request body or uploaded file is over the limit
    ///
    /// 请求体或上传文件超过上限
    ///
    /// Advice: `split_payload`
    #[strum(
        message = "the request body or uploaded file is over the limit",
        detailed_message = "请求体或上传文件超过上限",
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
    /// a group error
    ///
    /// 群组相关错误
    ///
    /// Advice: `enable_service`
    #[strum(
        serialize = "group_error",
        message = "a group error",
        detailed_message = "群组相关错误",
        props(advice = "enable_service")
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
    /// Advice: `enable_service`
    #[strum(
        serialize = "Bad Request",
        message = "a bad request",
        detailed_message = "请求错误",
        props(advice = "enable_service")
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
            advice = "split_payload"
        )
    )]
    #[error("the presence extension is too long (400)")]
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
            advice = "fix_request"
        )
    )]
    #[error("users cannot subscribe to their own presence (400)")]
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
            advice = "split_payload"
        )
    )]
    #[error("too many users to subscribe to (400)")]
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
            advice = "split_payload"
        )
    )]
    #[error("too many users to get presence for (400)")]
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
            advice = "split_payload"
        )
    )]
    #[error("too many users to unsubscribe from (400)")]
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
            cause_en = "The token is well-formed but was not issued by the server that received it (another app or cluster).",
            cause_zh = "Token 格式正确，但不是接收请求的服务器签发的（例如来自其他应用或集群）。",
            remedy_en = "Get a token from the same cluster with this app's credentials.",
            remedy_zh = "用本应用的凭证向同一集群重新获取 Token。",
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
    /// **31** `WEBIM_CONNCTION_CALLBACK_INNER_ERROR`
    ///
    /// the message callback threw an error
    ///
    /// 消息回调函数内部出错
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_CONNCTION_CALLBACK_INNER_ERROR",
        message = "the message callback threw an error",
        detailed_message = "消息回调函数内部出错",
        props(advice = "fix_request")
    )]
    #[error("the message callback threw an error (31 WEBIM_CONNCTION_CALLBACK_INNER_ERROR)")]
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
    /// the message callback threw an error
    ///
    /// 消息回调函数内部出错
    ///
    /// Advice: `fix_request`
    #[strum(
        serialize = "WEBIM_LOAD_MSG_ERROR",
        message = "the message callback threw an error",
        detailed_message = "消息回调函数内部出错",
        props(advice = "fix_request")
    )]
    #[error("the message callback threw an error (604 WEBIM_LOAD_MSG_ERROR)")]
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
    /// an SDK code the documents do not list
    #[num_enum(catch_all)]
    #[strum(disabled)]
    #[error("an SDK code the documents do not list ({0} UNKNOWN)")]
    Unknown(i32),
}
