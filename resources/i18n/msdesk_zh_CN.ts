<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>ModelScope on the desktop: tokens in the OS keychain, the model library with its API-Inference filter, and chat. Without a command, starts the desktop app.</source>
            <translation>桌面上的魔搭：访问令牌存放在系统钥匙串中，可按 API-Inference 推理服务筛选的模型库，以及聊天。不带命令时启动桌面应用。</translation>
        </message>
        <message>
            <source>log details to stderr</source>
            <translation>将详细日志输出到 stderr</translation>
        </message>
        <message>
            <source>check that this installation can run (window, pages, keychain, stores, Markdown, HTTP) without your data or the network; prints one JSON line, exit 0 or 1</source>
            <translation>检查此安装能否运行（窗口、页面、钥匙串、存储、Markdown、HTTP），不使用你的数据，也不联网；输出一行 JSON，退出码 0 或 1</translation>
        </message>
        <message>
            <source>provider ID (default: modelscope)</source>
            <translation>服务商 ID（默认：modelscope）</translation>
        </message>
        <message>
            <source>start the desktop app (the default)</source>
            <translation>启动桌面应用（默认）</translation>
        </message>
        <message>
            <source>manage access tokens in the OS keychain</source>
            <translation>管理系统钥匙串中的访问令牌</translation>
        </message>
        <message>
            <source>store a token read from stdin (no echo on a terminal)</source>
            <translation>保存从 stdin 读取的令牌（在终端中不回显）</translation>
        </message>
        <message>
            <source>a name for this token (default: main)</source>
            <translation>此令牌的名称（默认：main）</translation>
        </message>
        <message>
            <source>list stored tokens, masked</source>
            <translation>列出已保存的令牌（已遮盖）</translation>
        </message>
        <message>
            <source>only this provider</source>
            <translation>仅此服务商</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>机器可读的输出</translation>
        </message>
        <message>
            <source>remove a stored token</source>
            <translation>删除已保存的令牌</translation>
        </message>
        <message>
            <source>check tokens with one real tiny call each (costs one call of the daily quota)</source>
            <translation>用一次真实的极小调用检查每个令牌（每次消耗每日额度中的一次调用）</translation>
        </message>
        <message>
            <source>only this token (default: every stored token)</source>
            <translation>仅此令牌（默认：所有已保存的令牌）</translation>
        </message>
        <message>
            <source>model to call (default: the provider's first chat model)</source>
            <translation>要调用的模型（默认：服务商的第一个聊天模型）</translation>
        </message>
        <message>
            <source>search the ModelScope model library</source>
            <translation>搜索魔搭模型库</translation>
        </message>
        <message>
            <source>include models without API-Inference</source>
            <translation>包括不支持 API-Inference 推理服务的模型</translation>
        </message>
        <message>
            <source>search text</source>
            <translation>搜索文本</translation>
        </message>
        <message>
            <source>task filter, e.g. {task}</source>
            <translation>任务筛选，例如 {task}</translation>
        </message>
        <message>
            <source>whose model library (default: modelscope)</source>
            <translation>哪个服务商的模型库（默认：modelscope）</translation>
        </message>
        <message>
            <source>one model of the library</source>
            <translation>模型库中的一个模型</translation>
        </message>
        <message>
            <source>details and README of a model</source>
            <translation>模型的详情和 README</translation>
        </message>
        <message>
            <source>calls made today and the quota left, per token</source>
            <translation>每个令牌今天的调用次数和剩余额度</translation>
        </message>
        <message>
            <source>also say what a call of this model costs, where ModelScope reports credits</source>
            <translation>同时显示调用此模型的费用（魔搭提供积分信息时）</translation>
        </message>
        <message>
            <source>ask a model; streams the answer to stdout</source>
            <translation>向模型提问；回答以流式输出到 stdout</translation>
        </message>
        <message>
            <source>model ID, e.g. {model}</source>
            <translation>模型 ID，例如 {model}</translation>
        </message>
        <message>
            <source>which stored token to use</source>
            <translation>使用哪个已保存的令牌</translation>
        </message>
        <message>
            <source>system prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <source>wait for the whole answer</source>
            <translation>等待完整回答</translation>
        </message>
        <message>
            <source>print one JSON object at the end</source>
            <translation>最后输出一个 JSON 对象</translation>
        </message>
        <message>
            <source>ask for reasoning (models that take enable_thinking)</source>
            <translation>要求模型思考（支持 enable_thinking 的模型）</translation>
        </message>
        <message>
            <source>the question; '-' reads it from stdin</source>
            <translation>问题；“-”表示从 stdin 读取</translation>
        </message>
        <message>
            <source>an argument is not valid text (bytes that are not UTF-8): '{argument}'</source>
            <translation>某个参数不是有效文本（含非 UTF-8 字节）：“{argument}”</translation>
        </message>
        <message>
            <source>warning: {url} is plain http: the token travels unencrypted.</source>
            <translation>警告：{url} 是未加密的 http，令牌将以明文传输。</translation>
        </message>
        <message>
            <source>Paste the token (it will not be shown): </source>
            <translation>粘贴令牌（不会显示）：</translation>
        </message>
        <message>
            <source>The token on stdin is not valid UTF-8 (at byte {byte}).</source>
            <translation>stdin 中的令牌不是有效的 UTF-8（位于第 {byte} 字节）。</translation>
        </message>
        <message>
            <source>Provider '{provider}' has no chat model configured; pass --model.</source>
            <translation>服务商“{provider}”没有配置聊天模型；请使用 --model 指定。</translation>
        </message>
        <message>
            <source>No OS keychain is available, so the token cannot be stored. {note} For the command line, set {variable} instead.</source>
            <translation>没有可用的系统钥匙串，无法保存令牌。{note} 在命令行中，请改为设置 {variable}。</translation>
        </message>
        <message>
            <source>No token was given on stdin.</source>
            <translation>stdin 中没有提供令牌。</translation>
        </message>
        <message>
            <source>warning: this does not look like a ModelScope token (ms- followed by a UUID); stored anyway.</source>
            <translation>警告：这看起来不像魔搭访问令牌（ms- 后跟 UUID）；仍已保存。</translation>
        </message>
        <message>
            <source>Replaced token '{label}' for {provider} ({masked}) in {keychain}.</source>
            <translation>已替换 {provider} 的令牌“{label}”（{masked}），保存在 {keychain}。</translation>
        </message>
        <message>
            <source>Stored token '{label}' for {provider} ({masked}) in {keychain}.</source>
            <translation>已将 {provider} 的令牌“{label}”（{masked}）保存到 {keychain}。</translation>
        </message>
        <message>
            <source>Keychain: {name} (secure OS keychain)</source>
            <translation>钥匙串：{name}（安全的系统钥匙串）</translation>
        </message>
        <message>
            <source>Keychain: {name} (NOT a secure keychain)</source>
            <translation>钥匙串：{name}（不是安全的钥匙串）</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>注意：{note}</translation>
        </message>
        <message>
            <source>No tokens stored. Add one with: {command}  (reads stdin)</source>
            <translation>没有保存任何令牌。添加方法：{command}（从 stdin 读取）</translation>
        </message>
        <message>
            <source>Removed token '{label}' of {provider}.</source>
            <translation>已删除 {provider} 的令牌“{label}”。</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored for {provider}.</source>
            <translation>{provider} 没有保存名为“{label}”的令牌。</translation>
        </message>
        <message>
            <source>Checking with {model}: each check costs one call of the daily quota.</source>
            <translation>使用 {model} 检查：每次检查消耗每日额度中的一次调用。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>{name}: FAILED: {error}</source>
            <translation>{name}：失败：{error}</translation>
        </message>
        <message>
            <source>{name}: OK ({seconds} s); calls left today: {quota}</source>
            <translation>{name}：正常（{seconds} 秒）；今日剩余调用：{quota}</translation>
        </message>
        <message>
            <source>{name}: OK ({seconds} s)</source>
            <translation>{name}：正常（{seconds} 秒）</translation>
        </message>
        <message>
            <source>--page must be 1 or more and --page-size between 1 and 100.</source>
            <translation>--page 必须不小于 1，--page-size 必须在 1 到 100 之间。</translation>
        </message>
        <message>
            <source>all models: {first}-{last} of {total}</source>
            <translation>所有模型：第 {first}-{last} 个，共 {total} 个</translation>
        </message>
        <message>
            <source>API-Inference models: {first}-{last} of {total}</source>
            <translation>支持 API-Inference 的模型：第 {first}-{last} 个，共 {total} 个</translation>
        </message>
        <message>
            <source>More: {option}</source>
            <translation>更多：{option}</translation>
        </message>
        <message>
            <source>'{model}' is not a model ID; a model ID looks like owner/name.</source>
            <translation>“{model}”不是模型 ID；模型 ID 的格式为 owner/name。</translation>
        </message>
        <message>
            <source>tasks:     {tasks}</source>
            <translation>任务：      {tasks}</translation>
        </message>
        <message>
            <source>API-Inference: yes</source>
            <translation>API-Inference：支持</translation>
        </message>
        <message>
            <source>API-Inference: not known</source>
            <translation>API-Inference：未知</translation>
        </message>
        <message>
            <source>license:   {license}</source>
            <translation>许可证：    {license}</translation>
        </message>
        <message>
            <source>downloads: {downloads}   likes: {likes}   updated: {updated}</source>
            <translation>下载：      {downloads}   点赞：{likes}   更新：{updated}</translation>
        </message>
        <message>
            <source>tags:      {tags}</source>
            <translation>标签：      {tags}</translation>
        </message>
        <message>
            <source>page:      {url}</source>
            <translation>页面：      {url}</translation>
        </message>
        <message>
            <source>(no README)</source>
            <translation>（没有 README）</translation>
        </message>
        <message>
            <source>The prompt on stdin is not valid UTF-8 (at byte {byte}).</source>
            <translation>stdin 中的提问不是有效的 UTF-8（位于第 {byte} 字节）。</translation>
        </message>
        <message>
            <source>The prompt is empty.</source>
            <translation>提问为空。</translation>
        </message>
        <message>
            <source>{provider} ({id}) · quota day {day} (UTC+8)</source>
            <translation>{provider}（{id}）· 额度日 {day}（UTC+8）</translation>
        </message>
        <message>
            <source>Resets {when}</source>
            <translation>重置时间：{when}</translation>
        </message>
        <message>
            <source>No tokens stored and no calls today. Add one with: {command}</source>
            <translation>没有保存令牌，今天也没有调用。添加方法：{command}</translation>
        </message>
        <message>
            <source>Calls are msdesk's own count (an estimate: calls made elsewhere are not counted); limits are the server's, or unknown.</source>
            <translation>调用次数由 msdesk 自行统计（仅为估计：在其他地方发起的调用不计入）；限额来自服务器，或未知。</translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today</source>
            <translation>
                <numerusform>今日约 %n 次调用</numerusform>
            </translation>
        </message>
        <message>
            <source>{remaining} / {limit} left (server)</source>
            <translation>剩余 {remaining} / {limit}（服务器）</translation>
        </message>
        <message>
            <source>limit unknown (no figures from the server today)</source>
            <translation>限额未知（今天服务器未提供数据）</translation>
        </message>
        <message>
            <source>{model}: {remaining} / {limit} left</source>
            <translation>{model}：剩余 {remaining} / {limit}</translation>
        </message>
        <message>
            <source>credits, as {provider} said: {summary}</source>
            <translation>积分（据 {provider}）：{summary}</translation>
        </message>
        <message>
            <source>Credits: {summary}.</source>
            <translation>积分：{summary}。</translation>
        </message>
        <message>
            <source>cannot use the folder {folder} ({reason}). Check MSDESK_HOME and the folder's permissions.</source>
            <translation>无法使用文件夹 {folder}（{reason}）。请检查 MSDESK_HOME 和该文件夹的权限。</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>a name or address given cannot be used ({error}); check it.</source>
            <translation>给出的名称或地址无法使用（{error}）；请检查。</translation>
        </message>
        <message>
            <source>unexpected error ({error}). Details are in {log}; please report it.</source>
            <translation>意外错误（{error}）。详情见 {log}；请报告此问题。</translation>
        </message>
        <message>
            <source>interrupted.</source>
            <translation>已中断。</translation>
        </message>
    </context>
    <context>
        <name>core.chat_export</name>
        <message>
            <source>unnamed</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>image: {name}</source>
            <translation>图片：{name}</translation>
        </message>
        <message>
            <source>file: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <source>Stopped by the user.</source>
            <translation>已被用户停止。</translation>
        </message>
        <message>
            <source>The answer was cut off: {error}</source>
            <translation>回答被截断：{error}</translation>
        </message>
        <message>
            <source>The answer was cut off.</source>
            <translation>回答被截断。</translation>
        </message>
        <message>
            <source>Error: {error}</source>
            <translation>错误：{error}</translation>
        </message>
        <message>
            <source>Error: the request failed.</source>
            <translation>错误：请求失败。</translation>
        </message>
        <message>
            <source>The answer was still being written when this was exported.</source>
            <translation>导出时回答仍在生成中。</translation>
        </message>
        <message>
            <source>You</source>
            <extracomment>The tags of the Thinking block, opening or closing, as they could appear in the reasoning.</extracomment>
            <translation>你</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>思考过程</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新聊天</translation>
        </message>
        <message>
            <source>Model: {model} · {date}</source>
            <translation>模型：{model} · {date}</translation>
        </message>
    </context>
    <context>
        <name>core.dbrepair</name>
        <message>
            <source>no answer</source>
            <translation>没有回应</translation>
        </message>
    </context>
    <context>
        <name>core.history</name>
        <message>
            <source>Could not open the chat history {path} ({reason}). Check that its folder is writable and the disk is not full, close any other running msdesk, then restart.</source>
            <extracomment>``MIGRATIONS[n]`` brings a file from ``user_version`` n to n + 1, in one transaction. The drafts row of the new chat (conversation ids start at 1).</extracomment>
            <translation>无法打开聊天记录 {path}（{reason}）。请检查其文件夹可写且磁盘未满，关闭其他正在运行的 msdesk，然后重新启动。</translation>
        </message>
        <message>
            <source>The chat history was written by a newer version of msdesk (schema {version}); it was kept as {backup} and msdesk started a new, empty history. Update msdesk to see the old conversations again.</source>
            <extracomment>Called with the warning when a read finds damage and the file is repaired.</extracomment>
            <translation>聊天记录由更新版本的 msdesk 写入（架构 {version}）；已保留为 {backup}，msdesk 已新建一份空的聊天记录。请更新 msdesk 以重新查看旧对话。</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({problem}); it was kept as {backup} and msdesk started a new, empty history.</source>
            <translation>无法读取聊天记录文件（{problem}）；已保留为 {backup}，msdesk 已新建一份空的聊天记录。</translation>
        </message>
        <message>
            <source>The chat history file was damaged ({problem}); it was kept as {backup} and msdesk recovered what could still be read ({conversations}, {messages}) into a new history.</source>
            <translation>聊天记录文件已损坏（{problem}）；已保留为 {backup}，msdesk 已将仍可读取的内容（{conversations}，{messages}）恢复到新的聊天记录中。</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n 个对话</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n 条消息</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat history file was damaged ({problem}); it was kept as {backup} and nothing in it could be read, so msdesk started a new, empty history.</source>
            <translation>聊天记录文件已损坏（{problem}）；已保留为 {backup}。其中没有可读取的内容，因此 msdesk 已新建一份空的聊天记录。</translation>
        </message>
        <message>
            <source>the chat history is closed</source>
            <extracomment>Called (on the writer's thread) when a read there found damage and repaired the file.</extracomment>
            <translation>聊天记录已关闭</translation>
        </message>
    </context>
    <context>
        <name>core.hub</name>
        <message>
            <source>Unknown sort '{sort}'; use one of: {sorts}.</source>
            <translation>未知的排序方式“{sort}”；请使用以下之一：{sorts}。</translation>
        </message>
        <message>
            <source>The model library answered with something that is not a JSON object.</source>
            <extracomment>The model library says API-Inference serves it (ask ``msdesk.core.served.is_served``).</extracomment>
            <translation>模型库返回的内容不是 JSON 对象。</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>未说明原因</translation>
        </message>
        <message>
            <source>The model library refused the search: {reason}.</source>
            <translation>模型库拒绝了搜索：{reason}。</translation>
        </message>
        <message>
            <source>The model library answered without a list of models.</source>
            <translation>模型库的回应中没有模型列表。</translation>
        </message>
        <message>
            <source>no details</source>
            <translation>无详情</translation>
        </message>
        <message>
            <source>The model library answered without model details ({reason}).</source>
            <translation>模型库的回应中没有模型详情（{reason}）。</translation>
        </message>
        <message>
            <source>the ModelScope model library</source>
            <translation>魔搭模型库</translation>
        </message>
        <message>
            <source>Check the hub address or try again later.</source>
            <translation>请检查模型库地址，或稍后重试。</translation>
        </message>
        <message>
            <source>'{model}' is not a model ID; a model ID looks like owner/name.</source>
            <translation>“{model}”不是模型 ID；模型 ID 的格式为 owner/name。</translation>
        </message>
        <message>
            <source>The model library has no model '{model}'. Check the ID (owner/name).</source>
            <translation>模型库中没有模型“{model}”。请检查 ID（owner/name）。</translation>
        </message>
        <message>
            <source>The model library has no model '{model}' ({reason}).</source>
            <translation>模型库中没有模型“{model}”（{reason}）。</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>未找到</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} 等另外 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} 和 {last}</translation>
        </message>
    </context>
    <context>
        <name>core.network</name>
        <message>
            <source>Settings → Network</source>
            <extracomment>Where the proxy's user name and password live in the keychain.</extracomment>
            <translation>设置 → 网络</translation>
        </message>
        <message>
            <source>e.g. {url}</source>
            <translation>例如 {url}</translation>
        </message>
        <message>
            <source>No proxy URL is set. Enter one in {where} ({example}), or choose System or None.</source>
            <translation>未设置代理 URL。请在“{where}”中填写（{example}），或选择“系统”或“无”。</translation>
        </message>
        <message>
            <source>The proxy URL '{url}' cannot be used: it must start with http://, https:// or socks5:// and name a host ({example}). Fix it in {where}.</source>
            <translation>代理 URL“{url}”无法使用：它必须以 http://、https:// 或 socks5:// 开头，并包含主机名（{example}）。请在“{where}”中修改。</translation>
        </message>
        <message>
            <source>SOCKS5 proxies need the optional Python package 'socksio', which is not installed. Install it ({command}) or use an http:// proxy.</source>
            <translation>SOCKS5 代理需要可选的 Python 包“socksio”，但它尚未安装。请安装它（{command}），或使用 http:// 代理。</translation>
        </message>
        <message>
            <source>Do not put the user name or password in the proxy URL: enter them in their own fields in {where}, which keep them in the keychain.</source>
            <translation>请勿将用户名或密码写在代理 URL 中：请在“{where}”中各自的输入框里填写，它们会保存在钥匙串中。</translation>
        </message>
        <message>
            <source>the custom proxy</source>
            <translation>自定义代理</translation>
        </message>
        <message>
            <source>the system proxy</source>
            <translation>系统代理</translation>
        </message>
        <message>
            <source>no proxy</source>
            <translation>不使用代理</translation>
        </message>
        <message>
            <source>No answer from {what} within {seconds} s. Try again, or raise the first-byte timeout in {where}.</source>
            <translation>{what} 在 {seconds} 秒内没有回应。请重试，或在“{where}”中调高首字节超时。</translation>
        </message>
        <message>
            <source>{what} sent no part of the answer for {seconds} s in the middle of it. Try again, or raise the idle timeout in {where}.</source>
            <translation>{what} 在回答中途 {seconds} 秒没有发送任何内容。请重试，或在“{where}”中调高空闲超时。</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>不受信任</translation>
        </message>
        <message>
            <source>The certificate of {host} failed verification ({reason}). msdesk always checks certificates: if your network uses its own root, add it to the system's trusted roots; otherwise check the API host in settings.</source>
            <translation>{host} 的证书验证失败（{reason}）。msdesk 始终检查证书：如果你的网络使用自己的根证书，请将其添加到系统的受信任根证书中；否则请在设置中检查 API 地址。</translation>
        </message>
        <message>
            <source>The server name {host} does not exist (DNS found no address for it). Check the API host in settings, and your connection.</source>
            <translation>服务器名称 {host} 不存在（DNS 找不到它的地址）。请在设置中检查 API 地址，并检查网络连接。</translation>
        </message>
        <message>
            <source>The proxy {proxy} could not reach the server ({reason}). Try again, or check the proxy in {where}.</source>
            <translation>代理 {proxy} 无法连接到服务器（{reason}）。请重试，或在“{where}”中检查代理。</translation>
        </message>
        <message>
            <source>Could not connect through the proxy {proxy} ({reason}). Check that the proxy is running, or change it in {where}.</source>
            <translation>无法通过代理 {proxy} 连接（{reason}）。请检查代理是否正在运行，或在“{where}”中更改。</translation>
        </message>
        <message>
            <source>The proxy {proxy} refused the request: it needs a user name and password (HTTP 407). Enter them, or fix them, in {where}.</source>
            <translation>代理 {proxy} 拒绝了请求：需要用户名和密码（HTTP 407）。请在“{where}”中填写或更正。</translation>
        </message>
    </context>
    <context>
        <name>core.provider_config</name>
        <message>
            <source>Chat (text generation)</source>
            <translation>聊天（文本生成）</translation>
        </message>
        <message>
            <source>Vision chat (image + text)</source>
            <translation>视觉聊天（图片 + 文本）</translation>
        </message>
        <message>
            <source>Image generation</source>
            <translation>图片生成</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>向量嵌入</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>OpenAI-compatible</source>
            <translation>兼容 OpenAI</translation>
        </message>
        <message>
            <source>ModelScope-compatible</source>
            <translation>兼容魔搭</translation>
        </message>
        <message>
            <source>Give the provider a name.</source>
            <translation>请为服务商命名。</translation>
        </message>
        <message>
            <source>Unknown provider type '{kind}'.</source>
            <translation>未知的服务商类型“{kind}”。</translation>
        </message>
        <message>
            <source>Built-in providers cannot be renamed.</source>
            <translation>内置服务商不能重命名。</translation>
        </message>
        <message>
            <source>Built-in providers cannot be deleted; switch them off instead.</source>
            <translation>内置服务商不能删除；可以将其停用。</translation>
        </message>
        <message>
            <source>{provider} has no region '{region}'.</source>
            <translation>{provider} 没有地域“{region}”。</translation>
        </message>
        <message>
            <source>'{model}' is not in the list.</source>
            <translation>“{model}”不在列表中。</translation>
        </message>
    </context>
    <context>
        <name>core.providers</name>
        <message>
            <source>The API host is not a valid URL ({reason})</source>
            <extracomment>Endpoint paths a ``#`` API host may end with; the other calls go to what is left before them.</extracomment>
            <translation>API 地址不是有效的 URL（{reason}）</translation>
        </message>
        <message>
            <source>The API host must start with http:// or https://</source>
            <translation>API 地址必须以 http:// 或 https:// 开头</translation>
        </message>
        <message>
            <source>The API host has no server name</source>
            <translation>API 地址中没有服务器名称</translation>
        </message>
        <message>
            <source>The API host cannot contain spaces</source>
            <translation>API 地址不能包含空格</translation>
        </message>
        <message>
            <source>China (Beijing)</source>
            <translation>中国（北京）</translation>
        </message>
        <message>
            <source>International (Singapore)</source>
            <translation>国际（新加坡）</translation>
        </message>
        <message>
            <source>US (Virginia)</source>
            <translation>美国（弗吉尼亚）</translation>
        </message>
        <message>
            <source>An access token from {site} → Account settings → Access tokens.</source>
            <translation>来自 {site} → 账号设置 → 访问令牌 的访问令牌。</translation>
        </message>
        <message>
            <source>ModelScope International</source>
            <translation>魔搭国际站</translation>
        </message>
        <message>
            <source>Alibaba Cloud Bailian</source>
            <translation>阿里云百炼</translation>
        </message>
        <message>
            <source>An API key from the Alibaba Cloud Bailian console (paid, its own quota).</source>
            <translation>来自阿里云百炼控制台的 API Key（付费，额度独立）。</translation>
        </message>
        <message>
            <source>Unknown provider '{provider}'. Known providers: {known}.</source>
            <translation>未知的服务商“{provider}”。已知的服务商：{known}。</translation>
        </message>
    </context>
    <context>
        <name>core.secret_store</name>
        <message>
            <source>Tokens are kept for this session only ({setting}).</source>
            <translation>令牌仅在本次会话中保留（{setting}）。</translation>
        </message>
        <message>
            <source>The OS keychain could not be loaded ({reason}): tokens are kept for this session only.</source>
            <translation>无法加载系统钥匙串（{reason}）：令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>No OS keychain was found, so tokens are kept for this session only (on Linux: install and unlock GNOME Keyring or KWallet).</source>
            <translation>未找到系统钥匙串，因此令牌仅在本次会话中保留（Linux 上请安装并解锁 GNOME Keyring 或 KWallet）。</translation>
        </message>
        <message>
            <source>The keyring backend {backend} does not encrypt secrets, so msdesk does not use it: tokens are kept for this session only.</source>
            <translation>密钥环后端 {backend} 不加密机密信息，因此 msdesk 不使用它：令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>Tokens are kept for this session only.</source>
            <translation>令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>The keychain is closed because msdesk is shutting down.</source>
            <translation>msdesk 正在退出，钥匙串已关闭。</translation>
        </message>
        <message>
            <source>The keychain did not answer within {seconds} s. It may be locked and waiting for a password: unlock it and try again.</source>
            <translation>钥匙串在 {seconds} 秒内没有响应。它可能已锁定并在等待密码：请解锁后重试。</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}). Unlock it and try again.</source>
            <translation>钥匙串拒绝了请求（{reason}）。请解锁后重试。</translation>
        </message>
        <message>
            <source>{reason} Tokens are kept for this session only.</source>
            <translation>{reason} 令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>A token labelled '{label}' already exists.</source>
            <translation>名为“{label}”的令牌已存在。</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored any more; add it again.</source>
            <translation>名为“{label}”的令牌已不再保存；请重新添加。</translation>
        </message>
    </context>
    <context>
        <name>core.services</name>
        <message>
            <source>{problem} Until then, every request fails.</source>
            <extracomment>The one notice of change to the views (see ``changes``). Store, rename and delete tokens (checked once, each change announced on ``changes``). The warnings about msdesk's own files (settings, history, usage): also in ``warnings``.</extracomment>
            <translation>{problem} 在此之前，所有请求都会失败。</translation>
        </message>
        <message>
            <source>The proxy's user name and password could not be read from the keychain: {reason}</source>
            <translation>无法从钥匙串读取代理的用户名和密码：{reason}</translation>
        </message>
        <message>
            <source>No secure OS keychain is available: tokens are kept for this session only.</source>
            <translation>没有可用的安全系统钥匙串：令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored for {provider}. See '{command}'.</source>
            <translation>{provider} 没有保存名为“{label}”的令牌。请查看“{command}”。</translation>
        </message>
        <message>
            <source>No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings. Get one at {url}.</source>
            <translation>{provider} 没有保存访问令牌{keychain}。请使用“{command}”或在设置中添加。可在 {url} 获取。</translation>
        </message>
        <message>
            <source>No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings.</source>
            <translation>{provider} 没有保存访问令牌{keychain}。请使用“{command}”或在设置中添加。</translation>
        </message>
    </context>
    <context>
        <name>core.settings</name>
        <message>
            <source>{where} (needs an id and an api_base)</source>
            <translation>{where}（需要 id 和 api_base）</translation>
        </message>
        <message>
            <source>{where} (needs a provider_id and a model)</source>
            <translation>{where}（需要 provider_id 和 model）</translation>
        </message>
        <message>
            <source>the settings file does not hold a JSON object</source>
            <extracomment>"system" follows the OS; otherwise one of LANGUAGES. "system" follows the OS's light or dark scheme; otherwise "light" or "dark". Text size in per cent of the OS's font; one of FONT_SCALES. Fallbacks by source model ID ("Qwen/Qwen3-32B"), or "*" for any model of any provider.</extracomment>
            <translation>设置文件中不是 JSON 对象</translation>
        </message>
        <message>
            <source>Could not read the settings file ({reason}); starting with defaults.</source>
            <translation>无法读取设置文件（{reason}）；将使用默认设置启动。</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>不是 JSON 对象</translation>
        </message>
        <message>
            <source>no valid version number</source>
            <translation>没有有效的版本号</translation>
        </message>
        <message>
            <source>The settings file was written by a newer msdesk (version {version}); it was kept as {backup} and msdesk started with defaults.</source>
            <translation>设置文件由更新版本的 msdesk 写入（版本 {version}）；已保留为 {backup}，msdesk 已使用默认设置启动。</translation>
        </message>
        <message>
            <source>Some settings had values msdesk could not use ({problems}); they are back to their defaults. The original file was kept as {backup}.</source>
            <translation>部分设置的值 msdesk 无法使用（{problems}）；它们已恢复为默认值。原文件已保留为 {backup}。</translation>
        </message>
        <message>
            <source>it is nested too deeply</source>
            <translation>嵌套层级过深</translation>
        </message>
        <message>
            <source>it is not valid JSON</source>
            <translation>不是有效的 JSON</translation>
        </message>
        <message>
            <source>The settings file could not be read ({reason}); it was kept as {backup} and msdesk started with defaults.</source>
            <translation>无法读取设置文件（{reason}）；已保留为 {backup}，msdesk 已使用默认设置启动。</translation>
        </message>
        <message>
            <source>refusing to write something that looks like a token to settings</source>
            <translation>拒绝将疑似令牌的内容写入设置</translation>
        </message>
        <message>
            <source>the settings file is still being written</source>
            <translation>设置文件仍在写入中</translation>
        </message>
        <message>
            <source>unknown version {version}</source>
            <extracomment>A temporary file this old is stale whoever wrote it (a write takes milliseconds).</extracomment>
            <translation>未知版本 {version}</translation>
        </message>
    </context>
    <context>
        <name>core.tokens</name>
        <message>
            <source>A token label must be 1 to 64 characters, without '/' or control characters.</source>
            <translation>令牌名称须为 1 到 64 个字符，不能包含“/”或控制字符。</translation>
        </message>
        <message>
            <source>A token labelled “{label}” already exists: pick another label.</source>
            <translation>名为“{label}”的令牌已存在：请换一个名称。</translation>
        </message>
        <message>
            <source>Paste the token first.</source>
            <translation>请先粘贴令牌。</translation>
        </message>
        <message>
            <source>That is far longer than any token: copy the token again.</source>
            <translation>这比任何令牌都长得多：请重新复制令牌。</translation>
        </message>
        <message>
            <source>The token has characters that cannot be sent (a stray quote from copying?): copy it again.</source>
            <translation>令牌中有无法发送的字符（复制时带上了多余的引号？）：请重新复制。</translation>
        </message>
        <message>
            <source>This looks like the token already stored as “{label}”.</source>
            <translation>这看起来与已保存为“{label}”的令牌相同。</translation>
        </message>
        <message>
            <source>This does not look like a ModelScope token (“ms-” and 36 letters, digits and dashes). Check that you copied all of it; you can still save it.</source>
            <translation>这看起来不像魔搭访问令牌（“ms-”加 36 个字母、数字和短横线）。请检查是否完整复制；你仍然可以保存。</translation>
        </message>
        <message>
            <source>{provider} keys usually start with “{prefix}”. Check that you copied the right one.</source>
            <translation>{provider} 的密钥通常以“{prefix}”开头。请检查是否复制了正确的密钥。</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored any more.</source>
            <translation>名为“{label}”的令牌已不再保存。</translation>
        </message>
    </context>
</TS>
