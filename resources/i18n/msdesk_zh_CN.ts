<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}：错误：{message}</translation>
        </message>
        <message>
            <source>ModelScope on the desktop: tokens in the OS keychain, the model library with its API-Inference filter, and chat. Without a command, starts the desktop app.</source>
            <translation>魔搭桌面客户端：访问令牌保存在系统钥匙串中，模型库可按 API-Inference 推理服务筛选，还能与模型对话。不带命令时启动桌面应用。</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
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
            <translation>逐个用一次真实的极小调用检测令牌（每个消耗每日额度中的一次调用）</translation>
        </message>
        <message>
            <source>only this token (default: every stored token)</source>
            <translation>仅此令牌（默认：所有已保存的令牌）</translation>
        </message>
        <message>
            <source>model to call (default: the provider's first chat model)</source>
            <translation>要调用的模型（默认：服务商的第一个对话模型）</translation>
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
            <translation>服务商“{provider}”没有配置对话模型；请用 --model 指定。</translation>
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
            <translation>使用 {model} 检测：每次检测消耗每日额度中的一次调用。</translation>
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
            <translation>{provider}（{id}）· 额度日期 {day}（UTC+8）</translation>
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
            <translation>提供的名称或地址无法使用（{error}）；请检查。</translation>
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
        <name>core.capabilities</name>
        <message>
            <source>{model} does not reason before answering.</source>
            <translation>{model} 不支持回答前思考。</translation>
        </message>
        <message>
            <source>{model} reasons on its own; it takes no switch to turn reasoning off.</source>
            <translation>{model} 总会自行思考，无法关闭。</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>让模型先思考再回答（enable_thinking）。关闭后回答更快。</translation>
        </message>
    </context>
    <context>
        <name>core.chat</name>
        <message>
            <source>queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>running</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>'{model}' is not a ModelScope model ID (owner/name).</source>
            <translation>“{model}”不是魔搭模型 ID（应为 owner/name）。</translation>
        </message>
        <message>
            <source>'{model}' is a {task} model, not a chat model. Pick a chat model: {command}</source>
            <translation>“{model}”是 {task} 模型，不是对话模型。请选择对话模型：{command}</translation>
        </message>
        <message>
            <source>No model is chosen for this chat. Pick one in the model menu, then press Retry.</source>
            <translation>此对话尚未选择模型。请在模型菜单中选择一个，然后点击“重试”。</translation>
        </message>
        <message>
            <source>Something went wrong inside msdesk ({error}). Try again; if it keeps happening, report it with the log file.</source>
            <translation>msdesk 内部出错（{error}）。请重试；如果问题持续出现，请附上日志文件报告此问题。</translation>
        </message>
        <message>
            <source>Describe the image you want in the message, then send it.</source>
            <translation>请在消息中描述想要的图片，然后发送。</translation>
        </message>
        <message>
            <source>Generating image… ({state}, {seconds} s)</source>
            <translation>正在生成图片…（{state}，{seconds} 秒）</translation>
        </message>
        <message>
            <source>Generating image… (submitting)</source>
            <translation>正在生成图片…（提交中）</translation>
        </message>
        <message>
            <source>Downloading the image…</source>
            <translation>正在下载图片…</translation>
        </message>
        <message>
            <source>the image host</source>
            <translation>图片服务器</translation>
        </message>
        <message>
            <source>The generated image is larger than {size} MB and was not saved. Try a smaller image size.</source>
            <translation>生成的图片大于 {size} MB，未保存。请尝试更小的图片尺寸。</translation>
        </message>
        <message>
            <source>The generated image could not be downloaded from {host} (HTTP {status}). Try again.</source>
            <translation>无法从 {host} 下载生成的图片（HTTP {status}）。请重试。</translation>
        </message>
        <message>
            <source>{host} sent something that is not an image ({type}). Try again.</source>
            <translation>{host} 返回的不是图片（{type}）。请重试。</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>无类型</translation>
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
            <translation>新对话</translation>
        </message>
        <message>
            <source>Model: {model} · {date}</source>
            <translation>模型：{model} · {date}</translation>
        </message>
    </context>
    <context>
        <name>core.credits</name>
        <message>
            <source>{available} of {total} credits left</source>
            <translation>剩余 {available} / {total} 积分</translation>
        </message>
        <message>
            <source>{available} credits left</source>
            <translation>剩余 {available} 积分</translation>
        </message>
        <message>
            <source>a call of {model} is in cost tier {tier}</source>
            <translation>调用 {model} 属于计费档位 {tier}</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits (tier {tier})</source>
            <translation>调用一次 {model} 消耗 {cost} 积分（档位 {tier}）</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits</source>
            <translation>调用一次 {model} 消耗 {cost} 积分</translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s) (tier {tier})</source>
            <translation>
                <numerusform>调用一次 {model} 消耗 %n 积分（档位 {tier}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s)</source>
            <translation>
                <numerusform>调用一次 {model} 消耗 %n 积分</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.dbrepair</name>
        <message>
            <source>no answer</source>
            <translation>无结果</translation>
        </message>
    </context>
    <context>
        <name>core.errors</name>
        <message>
            <source>the provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Request limit exceeded: the free quota ({code}) of this token or of this model is spent.</source>
            <translation>超出请求限制：此访问令牌或此模型的免费额度（{code}）已用完。</translation>
        </message>
        <message>
            <source>Request limit exceeded: the daily quota of this token or of this model is spent.</source>
            <translation>超出请求限制：此访问令牌或此模型的每日额度已用完。</translation>
        </message>
        <message>
            <source>It resets {when}.</source>
            <translation>额度将在 {when}重置。</translation>
        </message>
        <message>
            <source>It resets at 00:00 UTC+8.</source>
            <translation>额度将于 UTC+8 00:00 重置。</translation>
        </message>
        <message>
            <source>Use a backup token or another provider meanwhile.</source>
            <translation>在此期间，请使用备用访问令牌或其他服务商。</translation>
        </message>
        <message>
            <source>Your ModelScope account is not bound to an Alibaba Cloud account; bind one, then try again: {url}</source>
            <translation>你的魔搭账号尚未绑定阿里云账号；请先绑定，然后重试：{url}</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}) ({provider} said: {said}).</source>
            <translation>访问令牌被拒绝（HTTP {status}；{provider} 返回：{said}）。</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}).</source>
            <translation>访问令牌被拒绝（HTTP {status}）。</translation>
        </message>
        <message>
            <source>Check that it was copied whole and that your ModelScope account is bound to an Alibaba Cloud account, or create a new token and store it: {url}</source>
            <translation>请检查令牌是否完整复制、魔搭账号是否已绑定阿里云账号，或创建新的访问令牌并保存：{url}</translation>
        </message>
        <message>
            <source>'{model}' is not served by API-Inference.</source>
            <translation>API-Inference 推理服务不提供“{model}”。</translation>
        </message>
        <message>
            <source>This model is not served by API-Inference.</source>
            <translation>API-Inference 推理服务不提供此模型。</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider} ({provider} said: {said}).</source>
            <translation>在 {provider} 上找不到“{model}”（{provider} 返回：{said}）。</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider}.</source>
            <translation>在 {provider} 上找不到“{model}”。</translation>
        </message>
        <message>
            <source>Check the model ID.</source>
            <translation>请检查模型 ID。</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider} 拒绝了请求（HTTP {status}；{provider} 返回：{said}）。</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}).</source>
            <translation>{provider} 拒绝了请求（HTTP {status}）。</translation>
        </message>
        <message>
            <source>Check the model ID and the chat parameters, then try again.</source>
            <translation>请检查模型 ID 和对话参数，然后重试。</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider} 服务器出错（HTTP {status}；{provider} 返回：{said}）。</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}).</source>
            <translation>{provider} 服务器出错（HTTP {status}）。</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>请稍等一分钟后重试。</translation>
        </message>
        <message>
            <source>Pick a model with the API-Inference filter ({command}) and try again.</source>
            <translation>请用 API-Inference 筛选选择模型（{command}），然后重试。</translation>
        </message>
        <message>
            <source>unknown type</source>
            <translation>未知类型</translation>
        </message>
        <message>
            <source>{what} sent a malformed answer (not JSON; {type}).</source>
            <translation>{what} 返回的响应格式有误（不是 JSON；{type}）。</translation>
        </message>
        <message>
            <source>The address of {what} is not a valid http(s) URL ({reason}). Fix the API host in settings (or MSDESK_API_BASE / MSDESK_HUB_BASE).</source>
            <translation>{what} 的地址不是有效的 http(s) URL（{reason}）。请在设置中修正 API 地址（或 MSDESK_API_BASE / MSDESK_HUB_BASE）。</translation>
        </message>
        <message>
            <source>Could not reach {what}: connecting timed out. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：连接超时。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not reach {what}: no answer arrived in time. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：未能及时收到响应。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not reach {what}: sending timed out. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：发送超时。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not reach {what}: too many requests in flight. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：同时进行的请求过多。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not reach {what}: the request timed out. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：请求超时。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not connect to {what} ({reason}). Check your connection, proxy and the API host in settings.</source>
            <translation>无法连接到 {what}（{reason}）。请检查网络连接、代理以及设置中的 API 地址。</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>与 {what} 的连接在回答完成前断开。已收到的内容会保留；请重试以获取其余部分。</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. Try again.</source>
            <translation>与 {what} 的连接在响应完成前断开。请重试。</translation>
        </message>
        <message>
            <source>Network error talking to {what}: {reason}. Try again.</source>
            <translation>与 {what} 通信时出现网络错误：{reason}。请重试。</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <translation>添加访问令牌…</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>获取访问令牌 ↗</translation>
        </message>
        <message>
            <source>Bind an account ↗</source>
            <translation>绑定账号 ↗</translation>
        </message>
        <message>
            <source>Check the token…</source>
            <translation>检测访问令牌…</translation>
        </message>
        <message>
            <source>Create a token ↗</source>
            <translation>创建访问令牌 ↗</translation>
        </message>
        <message>
            <source>Add a backup token…</source>
            <translation>添加备用访问令牌…</translation>
        </message>
        <message>
            <source>Pick another model above, or browse the models API-Inference serves.</source>
            <translation>请在上方选择其他模型，或浏览 API-Inference 推理服务提供的模型。</translation>
        </message>
        <message>
            <source>Browse models</source>
            <translation>浏览模型</translation>
        </message>
        <message>
            <source>Open the provider's settings…</source>
            <translation>打开服务商设置…</translation>
        </message>
        <message>
            <source>Open the link ↗</source>
            <translation>打开链接 ↗</translation>
        </message>
        <message>
            <source>Pick a model the Models page shows as served by API-Inference.</source>
            <translation>请选择“模型”页面中标为由 API-Inference 推理服务提供的模型。</translation>
        </message>
    </context>
    <context>
        <name>core.failover</name>
        <message>
            <source>Token {tokens} is over its request limit for now</source>
            <translation>访问令牌 {tokens} 暂时超出请求限制</translation>
        </message>
        <message>
            <source>Tokens {tokens} are over their request limits for now</source>
            <translation>访问令牌 {tokens} 暂时超出请求限制</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today for {model}</source>
            <translation>访问令牌 {tokens} 今天调用 {model} 的次数已用完</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today for {model}</source>
            <translation>访问令牌 {tokens} 今天调用 {model} 的次数已用完</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today</source>
            <translation>访问令牌 {tokens} 今天的调用次数已用完</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today</source>
            <translation>访问令牌 {tokens} 今天的调用次数已用完</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons of a switch</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>{reasons}; answering with "{token}".</source>
            <translation>{reasons}；改用“{token}”回答。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Request limit exceeded: the {provider} token {tokens} has no calls left for {model} right now.</source>
            <translation>超出请求限制：{provider} 的访问令牌 {tokens} 目前已无 {model} 的剩余调用次数。</translation>
        </message>
        <message>
            <source>Request limit exceeded: every {provider} token ({tokens}) has no calls left for {model} right now.</source>
            <translation>超出请求限制：{provider} 的所有访问令牌（{tokens}）目前都已无 {model} 的剩余调用次数。</translation>
        </message>
        <message>
            <source>The daily quota resets {when}.</source>
            <translation>每日额度将在 {when}重置。</translation>
        </message>
        <message>
            <source>Add another token, or choose a fallback provider and model in Settings, to go on meanwhile.</source>
            <translation>如需在此期间继续使用，请添加其他访问令牌，或在设置中选择备用服务商和模型。</translation>
        </message>
        <message>
            <source>{provider} answered with HTTP {status}</source>
            <translation>{provider} 返回了 HTTP {status}</translation>
        </message>
        <message>
            <source>{provider} did not start answering within {seconds} s. Try again, or raise the first-byte timeout in Settings.</source>
            <translation>{provider} 在 {seconds} 秒内没有开始响应。请重试，或在设置中调高首字节超时。</translation>
        </message>
        <message>
            <source>{problem}; trying again in {seconds} s ({retry} of {retries}).</source>
            <translation>{problem}；{seconds} 秒后重试（第 {retry} 次，共 {retries} 次）。</translation>
        </message>
        <message>
            <source>The fallback provider '{provider}' is not configured ({problem}).</source>
            <translation>备用服务商“{provider}”未配置（{problem}）。</translation>
        </message>
        <message>
            <source>Every {provider} token has no calls left for {model}; the fallback {fallback} {fallback_model} failed too: {problem}</source>
            <translation>所有 {provider} 访问令牌都已没有 {model} 的调用次数；备用的 {fallback} {fallback_model} 也失败了：{problem}</translation>
        </message>
        <message>
            <source>The fallback {fallback} has no token stored: add one in Settings.</source>
            <translation>备用服务商 {fallback} 未保存访问令牌：请在设置中添加。</translation>
        </message>
        <message>
            <source>The fallback {fallback} {fallback_model} has no calls left either.</source>
            <translation>备用的 {fallback} {fallback_model} 也没有剩余调用次数。</translation>
        </message>
        <message>
            <source>All {provider} tokens are spent until 00:00 UTC+8; answering with {fallback} {fallback_model}.</source>
            <translation>所有 {provider} 访问令牌的额度在 UTC+8 00:00 前都已用完；改用 {fallback} {fallback_model} 回答。</translation>
        </message>
    </context>
    <context>
        <name>core.history</name>
        <message>
            <source>Could not open the chat history {path} ({reason}). Check that its folder is writable and the disk is not full, close any other running msdesk, then restart.</source>
            <translation>无法打开对话记录 {path}（{reason}）。请检查其所在文件夹可写且磁盘未满，关闭其他正在运行的 msdesk，然后重新启动。</translation>
        </message>
        <message>
            <source>The chat history was written by a newer version of msdesk (schema {version}); it was kept as {backup} and msdesk started a new, empty history. Update msdesk to see the old conversations again.</source>
            <translation>对话记录由更新版本的 msdesk 写入（格式版本 {version}）；已保留为 {backup}，msdesk 已新建一份空的对话记录。请更新 msdesk 以重新查看旧对话。</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({problem}); it was kept as {backup} and msdesk started a new, empty history.</source>
            <translation>无法读取对话记录文件（{problem}）；已保留为 {backup}，msdesk 已新建一份空的对话记录。</translation>
        </message>
        <message>
            <source>The chat history file was damaged ({problem}); it was kept as {backup} and msdesk recovered what could still be read ({conversations}, {messages}) into a new history.</source>
            <translation>对话记录文件已损坏（{problem}）；已保留为 {backup}，msdesk 已将仍可读取的内容（{conversations}，{messages}）恢复到新的对话记录中。</translation>
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
            <translation>对话记录文件已损坏（{problem}）；已保留为 {backup}。其中没有可读取的内容，因此 msdesk 已新建一份空的对话记录。</translation>
        </message>
        <message>
            <source>the chat history is closed</source>
            <translation>对话记录已关闭</translation>
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
            <translation>模型库的响应中没有模型列表。</translation>
        </message>
        <message>
            <source>no details</source>
            <translation>无详情</translation>
        </message>
        <message>
            <source>The model library answered without model details ({reason}).</source>
            <translation>模型库的响应中没有模型详情（{reason}）。</translation>
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
                <numerusform>{names}及另外 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} 和 {last}</translation>
        </message>
    </context>
    <context>
        <name>core.inference</name>
        <message>
            <source>The provider sent a malformed piece of the answer (not JSON).</source>
            <translation>服务商返回的数据片段格式有误（不是 JSON）。</translation>
        </message>
        <message>
            <source>The provider sent a piece of the answer that is not a JSON object.</source>
            <translation>服务商返回的数据片段不是 JSON 对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose 'choices' is not a list.</source>
            <translation>服务商返回的响应中“choices”不是列表。</translation>
        </message>
        <message>
            <source>The provider sent an answer with a choice that is not an object.</source>
            <translation>服务商返回的响应中有一个 choice 不是对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose message is not an object.</source>
            <translation>服务商返回的响应中 message 不是对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose text is not a string.</source>
            <translation>服务商返回的响应中文本不是字符串。</translation>
        </message>
        <message>
            <source>Try again; the raw answer is in the log.</source>
            <translation>请重试；原始响应已写入日志。</translation>
        </message>
        <message>
            <source>{provider} answered without a choice of text.</source>
            <translation>{provider} 的响应中没有文本选项（choice）。</translation>
        </message>
        <message>
            <source>{provider} answered without a message.</source>
            <translation>{provider} 的响应中没有 message。</translation>
        </message>
        <message>
            <source>{provider} answered with a message that has no text.</source>
            <translation>{provider} 返回的消息中没有文本。</translation>
        </message>
        <message>
            <source>{size} MiB</source>
            <translation>{size} MiB</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} KiB</translation>
        </message>
        <message>
            <source>{provider} sent a line of more than {size} in its stream: the answer was stopped there. What arrived before it is kept.</source>
            <translation>{provider} 在流中发送了超过 {size} 的一行：回答已在此处停止。之前收到的内容会保留。</translation>
        </message>
        <message>
            <source>The token for {provider} contains characters that cannot be sent (a stray quote or space from copying?). Copy it again and store it anew.</source>
            <translation>{provider} 的访问令牌包含无法发送的字符（可能是复制时多出的引号或空格？）。请重新复制并再次保存。</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings (get it at {url}).</source>
            <translation>尚未保存 {provider} 的访问令牌。请用“{command}”或在设置中添加（在 {url} 获取）。</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings.</source>
            <translation>尚未保存 {provider} 的访问令牌。请用“{command}”或在设置中添加。</translation>
        </message>
        <message>
            <source>Check the API host in settings, or try again later.</source>
            <translation>请检查设置中的 API 地址，或稍后重试。</translation>
        </message>
        <message>
            <source>{provider} did not stream an answer ({type}).</source>
            <translation>{provider} 没有以流式方式返回回答（{type}）。</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>无类型</translation>
        </message>
        <message>
            <source>{provider} sent an answer longer than {count} Mi characters: it was stopped there. What arrived before is kept.</source>
            <translation>{provider} 发送的回答超过 {count} Mi 个字符：已在此处停止。之前收到的内容会保留。</translation>
        </message>
        <message>
            <source>{provider} ended its stream without any answer. Try again.</source>
            <translation>{provider} 的流已结束，但没有返回任何回答。请重试。</translation>
        </message>
        <message>
            <source>The connection to {provider} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>与 {provider} 的连接在回答完成前断开。已收到的内容会保留；请重试以获取其余部分。</translation>
        </message>
        <message>
            <source>{provider} answered /models without a model list.</source>
            <translation>{provider} 对 /models 的响应中没有模型列表。</translation>
        </message>
        <message>
            <source>{provider} answered without embeddings.</source>
            <translation>{provider} 的响应中没有向量（embeddings）。</translation>
        </message>
        <message>
            <source>{provider} sent an embedding that is not a list of numbers.</source>
            <translation>{provider} 返回的向量不是数字列表。</translation>
        </message>
        <message>
            <source>{provider} did not return a task id for the image.</source>
            <translation>{provider} 没有返回图片任务的 ID。</translation>
        </message>
        <message>
            <source>{provider} answered the task poll with no object.</source>
            <translation>{provider} 对任务查询的响应不是对象。</translation>
        </message>
        <message>
            <source>The image task succeeded but returned no image.</source>
            <translation>图片任务已成功，但没有返回图片。</translation>
        </message>
        <message>
            <source>The image task failed: {reason}. Try another prompt or model.</source>
            <translation>图片任务失败：{reason}。请换一个提示词或模型。</translation>
        </message>
        <message>
            <source>The image task failed. Try another prompt or model.</source>
            <translation>图片任务失败。请换一个提示词或模型。</translation>
        </message>
        <message>
            <source>The image was not ready after {seconds} s. Try again later.</source>
            <translation>{seconds} 秒后图片仍未生成。请稍后重试。</translation>
        </message>
    </context>
    <context>
        <name>core.network</name>
        <message>
            <source>Settings → Network</source>
            <translation>设置 → 网络与故障转移</translation>
        </message>
        <message>
            <source>e.g. {url}</source>
            <translation>例如 {url}</translation>
        </message>
        <message>
            <source>No proxy URL is set. Enter one in {where} ({example}), or choose System or None.</source>
            <translation>未设置代理 URL。请在“{where}”中填写（{example}），或选择“系统”或“不使用”。</translation>
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
            <translation>{what} 在 {seconds} 秒内没有响应。请重试，或在“{where}”中调高首字节超时。</translation>
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
            <translation>对话（文本生成）</translation>
        </message>
        <message>
            <source>Vision chat (image + text)</source>
            <translation>视觉对话（图片 + 文本）</translation>
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
            <translation>在“{site} → 账号设置 → 访问令牌”中获取的访问令牌。</translation>
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
        <name>core.quota</name>
        <message numerus="yes">
            <source>The usage file was damaged ({problem}); it was kept as {file} and the %n call(s) that could still be read were kept.</source>
            <translation>
                <numerusform>用量文件已损坏（{problem}）；已另存为 {file}，仍可读取的 %n 次调用已保留。</numerusform>
            </translation>
        </message>
        <message>
            <source>The usage file was damaged ({problem}); it was kept as {file} and counting starts again.</source>
            <translation>用量文件已损坏（{problem}）；已另存为 {file}，将重新开始计数。</translation>
        </message>
        <message>
            <source>The usage file was written by a newer msdesk (layout {version}); it was kept as {file} and counting starts again.</source>
            <translation>用量文件由较新版本的 msdesk 写入（格式 {version}）；已另存为 {file}，将重新开始计数。</translation>
        </message>
    </context>
    <context>
        <name>core.ratelimit</name>
        <message>
            <source>model {left} / {limit}</source>
            <translation>模型 {left} / {limit}</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 (in {hours}h {minutes}m)</source>
            <translation>UTC+8 00:00（{hours} 小时 {minutes} 分钟后）</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 ({time} your time, in {hours}h {minutes}m)</source>
            <translation>UTC+8 00:00（你的当地时间 {time}，{hours} 小时 {minutes} 分钟后）</translation>
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
            <source> ({note})</source>
            <translation>（{note}）</translation>
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
            <translation>未知版本 {version}</translation>
        </message>
    </context>
    <context>
        <name>core.tokens</name>
        <message>
            <source>A token label must be 1 to 64 characters, without '/' or control characters.</source>
            <translation>令牌标签须为 1 到 64 个字符，不能包含“/”或控制字符。</translation>
        </message>
        <message>
            <source>A token labelled “{label}” already exists: pick another label.</source>
            <translation>名为“{label}”的令牌已存在：请换一个标签。</translation>
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
            <translation>{provider} 的 API Key 通常以“{prefix}”开头。请检查是否复制了正确的 Key。</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored any more.</source>
            <translation>名为“{label}”的令牌已不再保存。</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>msdesk could not start its services: {error}</source>
            <translation>msdesk 无法启动其服务：{error}</translation>
        </message>
        <message>
            <source>Services unavailable</source>
            <translation>服务不可用</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>msdesk is already running: its window was brought forward.</source>
            <translation>msdesk 已在运行，已将其窗口切换到前台。</translation>
        </message>
        <message>
            <source>msdesk is already running (process {pid}) but does not answer: close it, or end that process, and start again.</source>
            <translation>msdesk 已在运行（进程 {pid}），但没有响应：请关闭它或结束该进程，然后重新启动。</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.composer</name>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>输入消息…（Enter 发送，Shift+Enter 换行）</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>输入消息…（Ctrl+Enter 发送，Enter 换行）</translation>
        </message>
        <message>
            <source>Editing your message: Enter sends it as a new version, Esc cancels.</source>
            <translation>正在编辑你的消息：按 Enter 作为新版本发送，按 Esc 取消。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Image…</source>
            <translation>图片…</translation>
        </message>
        <message>
            <source>Attach an image for a vision model</source>
            <translation>为视觉模型附加图片</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>附加图片</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>发送（Enter）</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the answer (Esc); what arrived is kept</source>
            <translation>停止回答（Esc），已收到的内容会保留</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>发送（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>{name} is larger than {size} MB; choose a smaller image.</source>
            <translation>{name} 超过 {size} MB，请选择更小的图片。</translation>
        </message>
        <message>
            <source>{name} is not an image msdesk can read (PNG, JPEG, WebP, GIF, BMP).</source>
            <translation>{name} 不是 msdesk 能读取的图片（PNG、JPEG、WebP、GIF、BMP）。</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.conversation_list</name>
        <message>
            <source>Search chats</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>开始新对话（Ctrl+N）</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <source>no model</source>
            <translation>未选模型</translation>
        </message>
        <message>
            <source>An answer is streaming in this chat</source>
            <translation>此对话正在生成回答</translation>
        </message>
        <message>
            <source>{title}, an answer is streaming</source>
            <translation>{title}，正在生成回答</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.markdown_stream</name>
        <message>
            <source>code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.message_widget</name>
        <message numerus="yes">
            <source>{prompt} prompt · %n completion tokens</source>
            <translation>
                <numerusform>输入 {prompt} · 输出 %n Token</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completion tokens</source>
            <translation>
                <numerusform>输出 %n Token</numerusform>
            </translation>
        </message>
        <message>
            <source>first token {seconds} s</source>
            <translation>首 Token {seconds} 秒</translation>
        </message>
        <message>
            <source>{rate} tokens/s</source>
            <translation>{rate} Token/秒</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>Another provider</source>
            <translation>另一服务商</translation>
        </message>
        <message>
            <source>{answered} answered after {provider}'s tokens were spent</source>
            <translation>{provider} 的令牌额度已用完，由 {answered} 回答</translation>
        </message>
        <message>
            <source>token “{label}”</source>
            <translation>令牌“{label}”</translation>
        </message>
        <message>
            <source>{provider}, token “{label}” after {passed_over}</source>
            <translation>{passed_over}，改用 {provider} 的令牌“{label}”</translation>
        </message>
        <message>
            <source>Token “{label}” after {passed_over}</source>
            <translation>{passed_over}，改用令牌“{label}”</translation>
        </message>
        <message>
            <source>{provider}, token “{label}”</source>
            <translation>{provider}，令牌“{label}”</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>token “{name}” was over its request limit</source>
            <translation>令牌“{name}”超出了请求限制</translation>
        </message>
        <message>
            <source>token “{name}” was spent for this model</source>
            <translation>令牌“{name}”在此模型上的额度已用完</translation>
        </message>
        <message>
            <source>token “{name}” was spent</source>
            <translation>令牌“{name}”的额度已用完</translation>
        </message>
        <message>
            <source>tokens {names} were over their request limits</source>
            <translation>令牌{names}超出了请求限制</translation>
        </message>
        <message>
            <source>tokens {names} were spent for this model</source>
            <translation>令牌{names}在此模型上的额度已用完</translation>
        </message>
        <message>
            <source>tokens {names} were spent</source>
            <translation>令牌{names}的额度已用完</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <translation>{earlier}，{later}</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <comment>a token's name in quotes</comment>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>思考过程</translation>
        </message>
        <message>
            <source>Thinking text</source>
            <translation>思考内容</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>思考中…</translation>
        </message>
        <message>
            <source>Thought for {seconds} s</source>
            <translation>已思考 {seconds} 秒</translation>
        </message>
        <message>
            <source>Thinking… {seconds} s</source>
            <translation>思考中… {seconds} 秒</translation>
        </message>
        <message>
            <source>Show or hide the model's reasoning</source>
            <translation>显示或隐藏模型的思考过程</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>你的消息</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>Copy ▾</source>
            <translation>复制 ▾</translation>
        </message>
        <message>
            <source>Copy this message (as Markdown or plain text)</source>
            <translation>复制此消息（Markdown 或纯文本）</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit and send again (the earlier version stays)</source>
            <translation>编辑后重新发送（保留之前的版本）</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <source>Answer again (the earlier answer stays as a version)</source>
            <translation>重新回答（之前的回答保留为一个版本）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete this message</source>
            <translation>删除此消息</translation>
        </message>
        <message>
            <source>Earlier version</source>
            <translation>上一个版本</translation>
        </message>
        <message>
            <source>Later version</source>
            <translation>下一个版本</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ask again (a new version of this answer)</source>
            <translation>重新提问（生成此回答的新版本）</translation>
        </message>
        <message>
            <source>Copy as Markdown</source>
            <translation>复制为 Markdown</translation>
        </message>
        <message>
            <source>Copy as plain text</source>
            <translation>复制为纯文本</translation>
        </message>
        <message>
            <source>Stopped. The answer above is partial.</source>
            <translation>已停止。上面的回答不完整。</translation>
        </message>
        <message>
            <source>The answer was cut off; what arrived is kept.</source>
            <translation>回答被截断，已收到的内容已保留。</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>请求失败。</translation>
        </message>
        <message>
            <source>This answer was interrupted before it finished.</source>
            <translation>此回答在完成前被中断。</translation>
        </message>
        <message>
            <source>Open Settings at this provider's tokens</source>
            <translation>在设置中打开此服务商的令牌</translation>
        </message>
        <message>
            <source>Open Settings at this provider</source>
            <translation>在设置中打开此服务商</translation>
        </message>
        <message>
            <source>Open the Models page (the API-Inference filter shows what is served)</source>
            <translation>打开“模型”页面（用 API-Inference 筛选可查看能调用的模型）</translation>
        </message>
        <message>
            <source>[image: {name}]</source>
            <translation>[图片：{name}]</translation>
        </message>
        <message>
            <source>{name} ({size} KB)</source>
            <translation>{name}（{size} KB）</translation>
        </message>
        <message>
            <source>Save image…</source>
            <translation>保存图片…</translation>
        </message>
        <message>
            <source>Waiting for the first token…</source>
            <translation>正在等待首个 Token…</translation>
        </message>
        <message>
            <source>Copied as Markdown</source>
            <translation>已复制为 Markdown</translation>
        </message>
        <message>
            <source>Copied as plain text</source>
            <translation>已复制为纯文本</translation>
        </message>
        <message>
            <source>Copy your message of {time}</source>
            <translation>复制你 {time} 的消息</translation>
        </message>
        <message>
            <source>Edit your message of {time}</source>
            <translation>编辑你 {time} 的消息</translation>
        </message>
        <message>
            <source>Delete your message of {time}</source>
            <translation>删除你 {time} 的消息</translation>
        </message>
        <message>
            <source>Copy the answer of {time}</source>
            <translation>复制 {time} 的回答</translation>
        </message>
        <message>
            <source>Regenerate the answer of {time}</source>
            <translation>重新生成 {time} 的回答</translation>
        </message>
        <message>
            <source>Delete the answer of {time}</source>
            <translation>删除 {time} 的回答</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.model_picker</name>
        <message>
            <source>{label}, current model</source>
            <translation>{label}，当前模型</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>选择模型</translation>
        </message>
        <message>
            <source>Search models (ID, name or provider)…</source>
            <translation>搜索模型（ID、名称或服务商）…</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>搜索模型</translation>
        </message>
        <message>
            <source>Type to filter; Up and Down choose a model, Enter picks it, Esc closes</source>
            <translation>输入文字筛选；上下方向键选择模型，Enter 确认，Esc 关闭</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>No model matches “{query}”</source>
            <translation>没有与“{query}”匹配的模型</translation>
        </message>
        <message>
            <source>No models yet: add them in Settings → Model providers.</source>
            <translation>还没有模型：请在“设置 → 模型服务商”中添加。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>The model this conversation talks to (Ctrl+M: search the models)</source>
            <translation>此对话使用的模型（Ctrl+M：搜索模型）</translation>
        </message>
        <message>
            <source>{provider} models</source>
            <translation>{provider} 的模型</translation>
        </message>
        <message>
            <source>image</source>
            <translation>生图</translation>
        </message>
        <message>
            <source>vision</source>
            <translation>视觉</translation>
        </message>
        <message>
            <source>{model} on {provider}</source>
            <translation>{model}（{provider}）</translation>
        </message>
        <message>
            <source>(not in the provider's list)</source>
            <translation>（不在服务商的模型列表中）</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>未选择模型</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.page</name>
        <message>
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>Think</source>
            <translation>深度思考</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>让模型先思考再回答（enable_thinking）。关闭后回答更快。</translation>
        </message>
        <message>
            <source>Parameters…</source>
            <translation>参数…</translation>
        </message>
        <message>
            <source>System prompt, temperature, top_p, max tokens, context</source>
            <translation>系统提示词、温度、Top p、最大 Token 数、上下文</translation>
        </message>
        <message>
            <source>Export and options</source>
            <translation>导出与选项</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <source>Export with thinking…</source>
            <translation>连同思考过程导出…</translation>
        </message>
        <message>
            <source>Enter sends (Shift+Enter: new line)</source>
            <translation>Enter 发送（Shift+Enter：换行）</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Bring the conversation back (Ctrl+Z)</source>
            <translation>恢复此对话（Ctrl+Z）</translation>
        </message>
        <message>
            <source>an answer is streaming</source>
            <translation>正在生成回答</translation>
        </message>
        <message>
            <source>Choose a model above; add models in Settings → Model providers.</source>
            <translation>请在上方选择模型；可在“设置 → 模型服务商”中添加模型。</translation>
        </message>
        <message>
            <source>No model to talk to yet. Add a token and models in Settings → Model providers.</source>
            <translation>还没有可对话的模型。请在“设置 → 模型服务商”中添加访问令牌和模型。</translation>
        </message>
        <message>
            <source>Describe the image to generate…</source>
            <translation>描述要生成的图片…</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>输入消息…（Enter 发送，Shift+Enter 换行）</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>输入消息…（Ctrl+Enter 发送，Enter 换行）</translation>
        </message>
        <message>
            <source>Describe an image to generate with {model} ({provider}).</source>
            <translation>描述一张图片，由 {model}（{provider}）生成。</translation>
        </message>
        <message>
            <source>Ask {model} ({provider}).</source>
            <translation>向 {model}（{provider}）提问。</translation>
        </message>
        <message>
            <source>No token is stored for {provider}: &lt;a href="{link}"&gt;add one in Settings&lt;/a&gt; before sending.</source>
            <translation>{provider} 还没有保存访问令牌：发送前请&lt;a href="{link}"&gt;在设置中添加&lt;/a&gt;。</translation>
        </message>
        <message>
            <source>Could not save the change: {error}</source>
            <translation>无法保存更改：{error}</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>已删除“{title}”。</translation>
        </message>
        <message>
            <source>Conversation restored</source>
            <translation>对话已恢复</translation>
        </message>
        <message>
            <source>Could not save the option: {error}</source>
            <translation>无法保存该选项：{error}</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>请先选择模型。</translation>
        </message>
        <message>
            <source>a new chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>another chat</source>
            <translation>另一个对话</translation>
        </message>
        <message>
            <source>An answer is streaming in “{title}”: open that chat to stop it, or wait for it to end.</source>
            <translation>“{title}”正在生成回答：打开该对话可停止回答，或等待其结束。</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>删除消息</translation>
        </message>
        <message>
            <source>Delete this message? The messages after it stay in the conversation.</source>
            <translation>删除此消息？其后的消息仍会保留在对话中。</translation>
        </message>
        <message>
            <source>Nothing to export yet: send a message first.</source>
            <translation>暂无可导出的内容：请先发送一条消息。</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown 文件 (*.md)</translation>
        </message>
        <message>
            <source>Could not export to {path}: {error}</source>
            <translation>无法导出到 {path}：{error}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>附加图片</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
        </message>
        <message>
            <source>Could not read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <source>Save image</source>
            <translation>保存图片</translation>
        </message>
        <message>
            <source>PNG image (*.png);;All files (*)</source>
            <translation>PNG 图片 (*.png);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not save the image: {error}</source>
            <translation>无法保存图片：{error}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.params_dialog</name>
        <message>
            <source>Conversation parameters</source>
            <translation>对话参数</translation>
        </message>
        <message>
            <source>For this conversation only (model: {model}).</source>
            <translation>仅用于此对话（模型：{model}）。</translation>
        </message>
        <message>
            <source>Optional instructions sent before the conversation</source>
            <translation>可选，在对话开始前发送给模型的指令</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>模型默认值</translation>
        </message>
        <message>
            <source>{setting}: {choice}</source>
            <translation>{setting}：{choice}</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Top p</source>
            <translation>Top p</translation>
        </message>
        <message>
            <source>Max tokens</source>
            <translation>最大 Token 数</translation>
        </message>
        <message>
            <source>Earlier messages sent</source>
            <translation>附带的历史消息数</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>How many earlier messages go with each new one (0: none)</source>
            <translation>每条新消息附带多少条之前的消息（0：不附带）</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.transcript</name>
        <message>
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>代码已复制</translation>
        </message>
        <message>
            <source>Scroll up for older messages</source>
            <translation>向上滚动查看更早的消息</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>正在加载更早的消息…</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.turn_view</name>
        <message>
            <source>Stopped; the partial answer is kept</source>
            <translation>已停止，已保留部分回答</translation>
        </message>
    </context>
    <context>
        <name>ui.crash</name>
        <message>
            <source>msdesk: something went wrong</source>
            <translation>msdesk：出错了</translation>
        </message>
        <message>
            <source>msdesk hit an unexpected error and keeps running, but the last action may not have finished.
The report below has access tokens masked; copy it into a bug report.</source>
            <translation>msdesk 遇到意外错误，仍在运行，但上一个操作可能没有完成。
下面的报告已隐去访问令牌，可将其复制到错误报告中。</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>错误报告</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>复制报告</translation>
        </message>
        <message numerus="yes">
            <source>msdesk: %n errors</source>
            <translation>
                <numerusform>msdesk：%n 个错误</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>Chat</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Talk to the models that ModelScope serves through API-Inference.</source>
            <translation>与魔搭通过 API-Inference 推理服务提供的模型对话。</translation>
        </message>
        <message>
            <source>Conversations listed on the left, the open one on the right</source>
            <translation>左侧列出对话，右侧显示打开的对话</translation>
        </message>
        <message>
            <source>Answers stream in as they are written, and Stop halts them at once</source>
            <translation>回答边生成边显示，点击“停止”立即中止</translation>
        </message>
        <message>
            <source>Pick the model for each conversation from the ones API-Inference serves</source>
            <translation>为每个对话从 API-Inference 推理服务提供的模型中选择模型</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Browse the ModelScope model library.</source>
            <translation>浏览魔搭模型库。</translation>
        </message>
        <message>
            <source>Search by name, task and organisation</source>
            <translation>按名称、任务和组织搜索</translation>
        </message>
        <message>
            <source>A filter for the models API-Inference can run</source>
            <translation>筛选 API-Inference 推理服务可运行的模型</translation>
        </message>
        <message>
            <source>Open a model card, or start a chat with the model</source>
            <translation>打开模型卡片，或与模型开始对话</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Your ModelScope access token and how msdesk behaves.</source>
            <translation>你的魔搭访问令牌，以及 msdesk 的行为。</translation>
        </message>
        <message>
            <source>The access token, kept in the system keychain, never in a plain file</source>
            <translation>访问令牌保存在系统钥匙串中，绝不存入明文文件</translation>
        </message>
        <message>
            <source>A check that the token works, and how much of today's quota is left</source>
            <translation>检查令牌是否可用，以及今日额度还剩多少</translation>
        </message>
        <message>
            <source>Default model, request timeouts and where the logs are</source>
            <translation>默认模型、请求超时和日志位置</translation>
        </message>
        <message>
            <source>Coming here</source>
            <translation>即将推出</translation>
        </message>
        <message>
            <source>•  {item}</source>
            <comment>a bulleted list item</comment>
            <translation>•  {item}</translation>
        </message>
        <message>
            <source>{page} page</source>
            <translation>{page}页面</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <source>Show the {page} page</source>
            <translation>显示{page}页面</translation>
        </message>
        <message>
            <source>{page}  ({shortcut})</source>
            <translation>{page}（{shortcut}）</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1), about msdesk</source>
            <translation>键盘快捷键（F1）、关于 msdesk</translation>
        </message>
        <message numerus="yes">
            <source>Started with %n warning(s)</source>
            <translation>
                <numerusform>启动时出现 %n 条警告</numerusform>
            </translation>
        </message>
        <message>
            <source>Start-up warnings</source>
            <translation>启动警告</translation>
        </message>
        <message>
            <source>Dismiss warnings</source>
            <translation>关闭警告</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>About msdesk</source>
            <translation>关于 msdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;msdesk&lt;/b&gt; {version}&lt;br&gt;A desktop app for ModelScope's model library and API-Inference: your access tokens stay in the system keychain.</source>
            <translation>&lt;b&gt;msdesk&lt;/b&gt; {version}&lt;br&gt;魔搭模型库与 API-Inference 推理服务的桌面应用：你的访问令牌保存在系统钥匙串中。</translation>
        </message>
        <message>
            <source>Quit msdesk?</source>
            <translation>退出 msdesk？</translation>
        </message>
        <message>
            <source>Work is still in progress: {work}.</source>
            <translation>仍有任务在进行：{work}。</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator between pieces of work</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>Quitting stops it. Quit anyway?</source>
            <translation>退出会中止这些任务。仍要退出吗？</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>继续工作</translation>
        </message>
    </context>
    <context>
        <name>ui.markdown_html</name>
        <message>
            <source>image</source>
            <comment>an image without a description</comment>
            <translation>图片</translation>
        </message>
        <message>
            <source>[image: {alt}]</source>
            <translation>[图片：{alt}]</translation>
        </message>
        <message>
            <source>Open the image in the browser</source>
            <translation>在浏览器中打开图片</translation>
        </message>
    </context>
    <context>
        <name>ui.models.detail</name>
        <message>
            <source>Chat with this model</source>
            <translation>与此模型对话</translation>
        </message>
        <message>
            <source>Open a new chat with this model</source>
            <translation>用此模型新建对话</translation>
        </message>
        <message>
            <source>Draw an image</source>
            <translation>生成图片</translation>
        </message>
        <message>
            <source>Open a new chat with this image model: describe the picture in a message and send it</source>
            <translation>用此文生图模型新建对话：在消息中描述图片并发送</translation>
        </message>
        <message>
            <source>No chat with this model: an embedding model turns text into vectors for search and retrieval, it does not answer. Programs call it through the API-Inference embeddings endpoint.</source>
            <translation>无法与此模型对话：向量嵌入模型将文本转换为向量，用于搜索和检索，不会作答。程序通过 API-Inference 推理服务的 embeddings 接口调用它。</translation>
        </message>
        <message>
            <source>No chat with this model: it is a model of another kind. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型对话：它属于其他类型。msdesk 可与文本和视觉模型对话，并用文生图模型生成图片。</translation>
        </message>
        <message>
            <source>No chat with this model: it is an {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型对话：它是“{task}”模型。msdesk 可与文本和视觉模型对话，并用文生图模型生成图片。</translation>
        </message>
        <message>
            <source>No chat with this model: it is a {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型对话：它是“{task}”模型。msdesk 可与文本和视觉模型对话，并用文生图模型生成图片。</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>a date (Qt date format)</comment>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>{value}M</source>
            <comment>millions</comment>
            <translation>{value}M</translation>
        </message>
        <message>
            <source>{value}k</source>
            <comment>thousands</comment>
            <translation>{value}k</translation>
        </message>
        <message>
            <source>Add to ModelScope models</source>
            <translation>添加到魔搭模型列表</translation>
        </message>
        <message>
            <source>Add &lt;b&gt;{model}&lt;/b&gt; to your ModelScope models as:</source>
            <translation>将 &lt;b&gt;{model}&lt;/b&gt; 添加到你的魔搭模型列表，类型为：</translation>
        </message>
        <message>
            <source>Task type</source>
            <translation>任务类型</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Model details</source>
            <translation>模型详情</translation>
        </message>
        <message>
            <source>Select a model to see its card</source>
            <translation>选择一个模型以查看其模型卡片</translation>
        </message>
        <message>
            <source>API-Inference</source>
            <comment>a badge</comment>
            <translation>API-Inference</translation>
        </message>
        <message>
            <source>Callable through ModelScope API-Inference with your access token</source>
            <translation>可使用你的访问令牌通过魔搭 API-Inference 推理服务调用</translation>
        </message>
        <message>
            <source>Copy model ID</source>
            <translation>复制模型 ID</translation>
        </message>
        <message>
            <source>Copy owner/name to the clipboard</source>
            <translation>将“所有者/名称”复制到剪贴板</translation>
        </message>
        <message>
            <source>Add this model to the ModelScope provider's model list</source>
            <translation>将此模型添加到魔搭服务商的模型列表</translation>
        </message>
        <message>
            <source>Loading the model card</source>
            <translation>正在加载模型卡片</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Load the model card again</source>
            <translation>重新加载模型卡片</translation>
        </message>
        <message>
            <source>Loading the model card…</source>
            <translation>正在加载模型卡片…</translation>
        </message>
        <message>
            <source>Callable through ModelScope API-Inference with your access token (listed by the API-Inference gateway's model list)</source>
            <translation>可使用你的访问令牌通过魔搭 API-Inference 推理服务调用（见于 API-Inference 网关的模型列表）</translation>
        </message>
        <message>
            <source>Copied {model}</source>
            <translation>已复制 {model}</translation>
        </message>
        <message>
            <source>Could not add {model}: {error}</source>
            <translation>无法添加 {model}：{error}</translation>
        </message>
        <message>
            <source>Added {model} to your ModelScope models.</source>
            <translation>已将 {model} 添加到你的魔搭模型列表。</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <source>{model} is already in your list.</source>
            <translation>{model} 已在你的列表中。</translation>
        </message>
        <message>
            <source>Already in your list</source>
            <translation>已在列表中</translation>
        </message>
        <message>
            <source>This model has no README.</source>
            <translation>此模型没有 README。</translation>
        </message>
        <message>
            <source>Offline: saved card from {date}. {error}</source>
            <translation>离线：显示 {date} 保存的模型卡片。{error}</translation>
        </message>
        <message>
            <source>Offline: saved card from earlier. {error}</source>
            <translation>离线：显示之前保存的模型卡片。{error}</translation>
        </message>
        <message>
            <source>The model card could not be loaded.</source>
            <translation>无法加载模型卡片。</translation>
        </message>
        <message>
            <source>Could not load the model card: {error}</source>
            <translation>无法加载模型卡片：{error}</translation>
        </message>
        <message>
            <source>by {organisation} ({owner})</source>
            <translation>来自 {organisation}（{owner}）</translation>
        </message>
        <message>
            <source>by {owner}</source>
            <translation>来自 {owner}</translation>
        </message>
        <message>
            <source>updated {date}</source>
            <translation>更新于 {date}</translation>
        </message>
        <message>
            <source>created {date}</source>
            <translation>创建于 {date}</translation>
        </message>
        <message>
            <source>license: {license}</source>
            <translation>许可证：{license}</translation>
        </message>
        <message>
            <source>{downloads} downloads, {likes} likes</source>
            <translation>下载 {downloads} 次，获赞 {likes} 个</translation>
        </message>
        <message>
            <source>Open on modelscope.cn ↗</source>
            <translation>在 modelscope.cn 上打开 ↗</translation>
        </message>
        <message>
            <source>Already in your ModelScope models</source>
            <translation>已在你的魔搭模型列表中</translation>
        </message>
    </context>
    <context>
        <name>ui.models.list_model</name>
        <message>
            <source>Text generation</source>
            <translation>文本生成</translation>
        </message>
        <message>
            <source>Vision (image + text)</source>
            <translation>视觉（图片 + 文本）</translation>
        </message>
        <message>
            <source>Text to image</source>
            <translation>文生图</translation>
        </message>
        <message>
            <source>Embeddings</source>
            <translation>向量嵌入</translation>
        </message>
        <message>
            <source>Speech recognition</source>
            <translation>语音识别</translation>
        </message>
        <message>
            <source>Text to speech</source>
            <translation>语音合成</translation>
        </message>
        <message>
            <source>Text to video</source>
            <translation>文生视频</translation>
        </message>
        <message>
            <source>Image to image</source>
            <translation>图生图</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>翻译</translation>
        </message>
        <message>
            <source>Text classification</source>
            <translation>文本分类</translation>
        </message>
        <message>
            <source>Feature extraction</source>
            <translation>特征抽取</translation>
        </message>
        <message>
            <source>OCR</source>
            <translation>文字识别（OCR）</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>a task</comment>
            <translation>其他</translation>
        </message>
        <message>
            <source>{value}B</source>
            <comment>billions</comment>
            <translation>{value}B</translation>
        </message>
        <message>
            <source>{value}M</source>
            <comment>millions</comment>
            <translation>{value}M</translation>
        </message>
        <message>
            <source>{value}k</source>
            <comment>thousands</comment>
            <translation>{value}k</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n 年前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n 个月前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n 周前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message>
            <source>Task: {tasks}</source>
            <translation>任务：{tasks}</translation>
        </message>
        <message>
            <source>{downloads} downloads · {likes} likes</source>
            <translation>下载 {downloads} · 点赞 {likes}</translation>
        </message>
        <message>
            <source>Callable through API-Inference</source>
            <translation>可通过 API-Inference 推理服务调用</translation>
        </message>
        <message>
            <source>updated {age}</source>
            <translation>{age}更新</translation>
        </message>
    </context>
    <context>
        <name>ui.models.markdown_view</name>
        <message>
            <source>Model card</source>
            <translation>模型卡片</translation>
        </message>
    </context>
    <context>
        <name>ui.models.page</name>
        <message>
            <source>Default</source>
            <comment>a sort order</comment>
            <translation>默认</translation>
        </message>
        <message>
            <source>Downloads</source>
            <comment>a sort order</comment>
            <translation>下载量</translation>
        </message>
        <message>
            <source>Likes</source>
            <comment>a sort order</comment>
            <translation>点赞数</translation>
        </message>
        <message>
            <source>Last updated</source>
            <comment>a sort order</comment>
            <translation>最近更新</translation>
        </message>
        <message>
            <source>dd MMM</source>
            <comment>a day and month (Qt date format)</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time</comment>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>Search models by name, owner or Chinese name   (press /)</source>
            <translation>按名称、所有者或中文名搜索模型   （按 /）</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>搜索模型</translation>
        </message>
        <message>
            <source>Search the ModelScope model library (press / or Ctrl+F)</source>
            <translation>搜索魔搭模型库（按 / 或 Ctrl+F）</translation>
        </message>
        <message>
            <source>API-Inference only</source>
            <translation>仅 API-Inference</translation>
        </message>
        <message>
            <source>Show only models you can call through ModelScope API-Inference</source>
            <translation>只显示可通过魔搭 API-Inference 推理服务调用的模型</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Only models of this task</source>
            <translation>只显示此任务的模型</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>全部任务</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>排序方式</translation>
        </message>
        <message>
            <source>Sort results</source>
            <translation>对结果排序</translation>
        </message>
        <message>
            <source>Sort:</source>
            <translation>排序：</translation>
        </message>
        <message>
            <source>Loading models</source>
            <translation>正在加载模型</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ask the model library again</source>
            <translation>再次查询模型库</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Copy model ID</source>
            <translation>复制模型 ID</translation>
        </message>
        <message>
            <source>Copy the selected model's ID (owner/name)</source>
            <translation>复制所选模型的 ID（所有者/名称）</translation>
        </message>
        <message>
            <source>Select a model to see its details.</source>
            <translation>选择一个模型以查看详情。</translation>
        </message>
        <message>
            <source>Copied {model}</source>
            <translation>已复制 {model}</translation>
        </message>
        <message>
            <source>{model}

(Details are not available in this build.)</source>
            <translation>{model}

（此版本不提供详情。）</translation>
        </message>
        <message>
            <source>Offline: showing the built-in list of API-Inference models.</source>
            <translation>离线：显示内置的 API-Inference 模型列表。</translation>
        </message>
        <message>
            <source>Offline: showing saved results from {time}.</source>
            <translation>离线：显示 {time} 保存的结果。</translation>
        </message>
        <message>
            <source>Offline: showing saved results from earlier.</source>
            <translation>离线：显示之前保存的结果。</translation>
        </message>
        <message>
            <source>Could not reach the model library: {error}</source>
            <translation>无法连接模型库：{error}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n model(s)</source>
            <translation>
                <numerusform>已显示 {shown} 个，共 %n 个模型</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n 个模型</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load more: {error}</source>
            <translation>无法加载更多：{error}</translation>
        </message>
        <message>
            <source>Searching the model library…</source>
            <translation>正在搜索模型库…</translation>
        </message>
        <message>
            <source>You are offline and nothing is saved for this search.
{error}
Press Retry when you are back online.</source>
            <translation>你已离线，且没有为此搜索保存的结果。
{error}
恢复联网后请点击“重试”。</translation>
        </message>
        <message>
            <source>No loaded model matches “{text}”. Searching the library…</source>
            <translation>已加载的模型中没有与“{text}”匹配的结果。正在搜索模型库…</translation>
        </message>
        <message>
            <source>No model matches “{text}” with these filters.
Try “All tasks”, or untick API-Inference only to search every model.</source>
            <translation>在当前筛选条件下没有与“{text}”匹配的模型。
试试“全部任务”，或取消勾选“仅 API-Inference”以搜索所有模型。</translation>
        </message>
        <message>
            <source>No model matches “{text}”. Check the spelling or try a shorter name.</source>
            <translation>没有与“{text}”匹配的模型。请检查拼写，或尝试更短的名称。</translation>
        </message>
        <message>
            <source>No models for this filter.
The filter is too narrow: try “All tasks” or untick API-Inference only.</source>
            <translation>当前筛选条件下没有模型。
筛选范围太窄：试试“全部任务”，或取消勾选“仅 API-Inference”。</translation>
        </message>
        <message>
            <source>No models to show yet.</source>
            <translation>暂无可显示的模型。</translation>
        </message>
    </context>
    <context>
        <name>ui.pages</name>
        <message>
            <source>Could not remember {model}: {error}</source>
            <translation>无法记住 {model}：{error}</translation>
        </message>
        <message>
            <source>New chat with {model}</source>
            <translation>已用 {model} 新建对话</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.__init__</name>
        <message>
            <source>{text} · back at {time}</source>
            <translation>{text} · {time} 恢复</translation>
        </message>
        <message>
            <source>ddd dd MMM</source>
            <comment>a date with its weekday (Qt date format)</comment>
            <translation>M月d日ddd</translation>
        </message>
        <message>
            <source>{first} {second}</source>
            <comment>two sentences one after the other</comment>
            <translation>{first}{second}</translation>
        </message>
        <message>
            <source>in less than a minute</source>
            <translation>不到 1 分钟后</translation>
        </message>
        <message>
            <source>in {minutes} min</source>
            <translation>{minutes} 分钟后</translation>
        </message>
        <message>
            <source>in {hours} h {minutes} min</source>
            <translation>{hours} 小时 {minutes} 分钟后</translation>
        </message>
        <message>
            <source>msdesk's count starts again at {time} your time (00:00 UTC+8), {left}</source>
            <translation>msdesk 的计数于 {time}（当地时间，即 UTC+8 00:00）重新开始，{left}</translation>
        </message>
        <message>
            <source>msdesk's count starts again tomorrow at {time} your time (00:00 UTC+8), {left}</source>
            <translation>msdesk 的计数于明天 {time}（当地时间，即 UTC+8 00:00）重新开始，{left}</translation>
        </message>
        <message>
            <source>msdesk's count starts again on {date} at {time} your time (00:00 UTC+8), {left}</source>
            <translation>msdesk 的计数于 {date} {time}（当地时间，即 UTC+8 00:00）重新开始，{left}</translation>
        </message>
        <message>
            <source>Resets at {time} your time (00:00 UTC+8), {left}</source>
            <translation>额度于 {time}（当地时间，即 UTC+8 00:00）重置，{left}</translation>
        </message>
        <message>
            <source>Resets tomorrow at {time} your time (00:00 UTC+8), {left}</source>
            <translation>额度于明天 {time}（当地时间，即 UTC+8 00:00）重置，{left}</translation>
        </message>
        <message>
            <source>Resets on {date} at {time} your time (00:00 UTC+8), {left}</source>
            <translation>额度于 {date} {time}（当地时间，即 UTC+8 00:00）重置，{left}</translation>
        </message>
        <message>
            <source>{remaining} / {limit}</source>
            <translation>{remaining} / {limit}</translation>
        </message>
        <message>
            <source>model {figures}</source>
            <translation>模型 {figures}</translation>
        </message>
        <message>
            <source>“{token}”</source>
            <comment>a token's name in quotes</comment>
            <translation>“{token}”</translation>
        </message>
        <message>
            <source>{provider}: no token</source>
            <translation>{provider}：无令牌</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one in Settings.</source>
            <translation>尚未保存 {provider} 的令牌。请在设置中添加。</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today for {model}; the next call uses “{spare}”.</source>
            <translation>令牌“{token}”今天对 {model} 已无剩余调用次数；下一次调用将使用“{spare}”。</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today; the next call uses “{spare}”.</source>
            <translation>令牌“{token}”今天已无剩余调用次数；下一次调用将使用“{spare}”。</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with this token.</source>
            <translation>
                <numerusform>msdesk 自己的计数（估计值）：今天用此令牌调用 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>Calls left today, as {provider} said at {time}.</source>
            <translation>今日剩余调用次数，据 {provider} 于 {time} 返回的数据。</translation>
        </message>
        <message>
            <source>Calls left today, as {provider} said.</source>
            <translation>今日剩余调用次数，据 {provider} 返回的数据。</translation>
        </message>
        <message>
            <source>{provider} has sent no quota figures today, so the limits are unknown (ModelScope changes them without notice).</source>
            <translation>{provider} 今天未返回额度数据，因此限额未知（魔搭会不经通知调整限额）。</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with this token; calls made elsewhere are not counted.</source>
            <translation>
                <numerusform>msdesk 自己的计数（估计值）：今天用此令牌调用 %n 次；在其他地方的调用不计入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today · limit unknown</source>
            <translation>
                <numerusform>今日约 %n 次调用 · 限额未知</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{provider} sends no quota figures: msdesk's own count (an estimate): %n call(s) today with this token.</source>
            <translation>
                <numerusform>{provider} 不返回额度数据。msdesk 自己的计数（估计值）：今天用此令牌调用 %n 次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today (msdesk's count)</source>
            <translation>
                <numerusform>今日约 %n 次调用（msdesk 计数）</numerusform>
            </translation>
        </message>
        <message>
            <source>No calls left today</source>
            <translation>今日调用次数已用完</translation>
        </message>
        <message>
            <source>No calls left today for this model</source>
            <translation>此模型今日调用次数已用完</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today for {model}.</source>
            <translation>令牌“{token}”今天对 {model} 已无剩余调用次数。</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today.</source>
            <translation>令牌“{token}”今天已无剩余调用次数。</translation>
        </message>
        <message>
            <source>All tokens spent</source>
            <translation>所有令牌额度均已用完</translation>
        </message>
        <message>
            <source>All tokens spent for this model</source>
            <translation>所有令牌对此模型的额度均已用完</translation>
        </message>
        <message>
            <source>Every {provider} token ({tokens}) has no calls left today for {model}.</source>
            <translation>{provider} 的所有令牌（{tokens}）今天对 {model} 均已无剩余调用次数。</translation>
        </message>
        <message>
            <source>Every {provider} token ({tokens}) has no calls left today.</source>
            <translation>{provider} 的所有令牌（{tokens}）今天均已无剩余调用次数。</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with these tokens.</source>
            <translation>
                <numerusform>msdesk 自己的计数（估计值）：今天用这些令牌调用 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>{provider} refused a call (request limit exceeded: HTTP 429 or QuotaLimitExceed), or its figures showed none left.</source>
            <translation>{provider} 拒绝了调用（超出请求限制：HTTP 429 或 QuotaLimitExceed），或其数据显示已无剩余。</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.status_item</name>
        <message>
            <source>Quota left today</source>
            <translation>今日剩余额度</translation>
        </message>
        <message>
            <source>token “{token}”</source>
            <translation>令牌“{token}”</translation>
        </message>
        <message>
            <source>Click for usage details.</source>
            <translation>点击查看用量详情。</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.usage_view</name>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>a date (Qt date format)</comment>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>MM-dd</source>
            <comment>a day and month (Qt date format)</comment>
            <translation>M/d</translation>
        </message>
        <message>
            <source>Calls per day, last 14 days</source>
            <translation>最近 14 天每日调用次数</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>，</translation>
        </message>
        <message>
            <source>{day}: {calls}</source>
            <translation>{day}：{calls}</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) over the last {days} days; {per_day}</source>
            <translation>
                <numerusform>最近 {days} 天共调用 %n 次；{per_day}</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <comment>under the chart's last bar</comment>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>{day} (UTC+8): %n call(s)</source>
            <translation>
                <numerusform>{day}（UTC+8）：调用 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage and quota</source>
            <translation>用量与额度</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>令牌</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>服务商：</translation>
        </message>
        <message>
            <source>Token:</source>
            <translation>令牌：</translation>
        </message>
        <message>
            <source>Credit balance</source>
            <translation>积分余额</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Calls today (msdesk's count)</source>
            <translation>今日调用（msdesk 计数）</translation>
        </message>
        <message>
            <source>Left today (server)</source>
            <translation>今日剩余（服务器）</translation>
        </message>
        <message>
            <source>Calls per model today</source>
            <translation>今日各模型调用次数</translation>
        </message>
        <message>
            <source>Every token today</source>
            <translation>今日所有令牌</translation>
        </message>
        <message>
            <source>Calls today</source>
            <translation>今日调用</translation>
        </message>
        <message>
            <source>Left today</source>
            <translation>今日剩余</translation>
        </message>
        <message>
            <source>Click a token to show its details below.</source>
            <translation>点击令牌，在下方查看其详情。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{token}  (not stored)</source>
            <translation>{token}  （未保存）</translation>
        </message>
        <message>
            <source>No token</source>
            <translation>无令牌</translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today (msdesk's count)</source>
            <translation>
                <numerusform>今日约 %n 次调用（msdesk 计数）</numerusform>
            </translation>
        </message>
        <message>
            <source>msdesk's own count of its calls with this token: an estimate of the day's use (calls made elsewhere with the same token are not counted).</source>
            <translation>msdesk 自己对此令牌调用次数的计数：当天用量的估计值（在其他地方使用同一令牌的调用不计入）。</translation>
        </message>
        <message>
            <source>Left today, according to {provider}: {figures}</source>
            <translation>今日剩余（据 {provider}）：{figures}</translation>
        </message>
        <message>
            <source>Left today: unknown. {provider} has sent no quota figures today, and its limits change without notice.</source>
            <translation>今日剩余：未知。{provider} 今天未返回额度数据，且其限额会不经通知调整。</translation>
        </message>
        <message>
            <source>Left today: none. {provider} refused a call with this token (request limit exceeded), or its figures showed none left.</source>
            <translation>今日剩余：无。{provider} 拒绝了此令牌的调用（超出请求限制），或其数据显示已无剩余。</translation>
        </message>
        <message>
            <source>Calls by msdesk, last {days} days (days from 00:00 UTC+8)</source>
            <translation>msdesk 最近 {days} 天的调用（每天从 UTC+8 00:00 起算）</translation>
        </message>
        <message>
            <source>No calls by msdesk with this token in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>最近 {days} 天内 msdesk 尚未用此令牌发起调用：开始对话后，图表会逐渐填充。</translation>
        </message>
        <message>
            <source>No calls by msdesk with {provider} in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>最近 {days} 天内 msdesk 尚未调用 {provider}：开始对话后，图表会逐渐填充。</translation>
        </message>
        <message>
            <source>{provider} usage and limits page ↗</source>
            <translation>{provider} 用量与限额页面 ↗</translation>
        </message>
        <message>
            <source>{provider} tokens page ↗</source>
            <translation>{provider} 令牌页面 ↗</translation>
        </message>
        <message>
            <source>Credits, as {provider} said: {balance}</source>
            <translation>积分（据 {provider}）：{balance}</translation>
        </message>
        <message>
            <source>{credits}.</source>
            <comment>a sentence's end</comment>
            <translation>{credits}。</translation>
        </message>
        <message>
            <source>; </source>
            <comment>clause separator</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>ModelScope is reported to meter free API-Inference in credits (a daily grant); msdesk shows the balance wherever ModelScope answers with one.</source>
            <translation>据称魔搭以积分（每日发放）计量免费的 API-Inference 推理服务用量；只要魔搭返回余额，msdesk 就会显示。</translation>
        </message>
        <message>
            <source>none · back at {time}</source>
            <translation>无 · {time} 恢复</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>calls left</comment>
            <translation>未知</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>无令牌</translation>
        </message>
        <message>
            <source>Add one in Settings</source>
            <translation>请在设置中添加</translation>
        </message>
        <message>
            <source>{token} (not stored)</source>
            <translation>{token}（未保存）</translation>
        </message>
        <message>
            <source>Every token is spent today — calls come back at {time} your time (00:00 UTC+8).</source>
            <translation>今日所有令牌均已用完，调用次数将于当地时间 {time}（UTC+8 00:00）恢复。</translation>
        </message>
        <message>
            <source>Every token today — the daily quota resets at {time} your time (00:00 UTC+8).</source>
            <translation>今日所有令牌：每日额度于当地时间 {time}（UTC+8 00:00）重置。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.check_dialog</name>
        <message>
            <source>Check all tokens</source>
            <translation>检测全部令牌</translation>
        </message>
        <message>
            <source>Check token</source>
            <translation>检测令牌</translation>
        </message>
        <message numerus="yes">
            <source>Checks %n token(s) of {provider} with one tiny chat request each.</source>
            <translation>
                <numerusform>用一次极小的对话请求逐个检测 {provider} 的 %n 个令牌。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checks the token “{label}” with one tiny chat request (one output token).</source>
            <translation>用一次极小的对话请求（只输出一个 Token）检测令牌“{label}”。</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>每个令牌将消耗一次当日调用额度。魔搭的每日额度在 UTC+8 00:00 重置。</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota.</source>
            <translation>每个令牌将消耗一次当日调用额度。</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>这将消耗该令牌一次当日调用额度。魔搭的每日额度在 UTC+8 00:00 重置。</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota.</source>
            <translation>这将消耗该令牌一次当日调用额度。</translation>
        </message>
        <message>
            <source>Cost of the check</source>
            <translation>检测消耗</translation>
        </message>
        <message>
            <source>Model to check with</source>
            <translation>用于检测的模型</translation>
        </message>
        <message>
            <source>Any chat model this provider serves; you can type a model ID</source>
            <translation>该服务商提供的任意对话模型；也可以直接输入模型 ID</translation>
        </message>
        <message>
            <source>This provider has no chat model in its list: type a model ID.</source>
            <translation>该服务商的模型列表中没有对话模型：请输入模型 ID。</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <source>Check all</source>
            <translation>全部检测</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Pick or type the model to check with.</source>
            <translation>请选择或输入用于检测的模型。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.fallback_section</name>
        <message>
            <source>Failover when the quota is spent</source>
            <translation>额度用完时的故障转移</translation>
        </message>
        <message>
            <source>When every token is spent</source>
            <translation>所有访问令牌的额度都用完时</translation>
        </message>
        <message>
            <source>A request that gets 429 goes to the next token of the same provider that has calls left. When none has, it goes here (only before the answer starts; the usage line says who answered). Without a fallback you see when the quota comes back.</source>
            <translation>收到 429 的请求会转到同一服务商中仍有剩余调用次数的下一个访问令牌。如果都已用完，则转到这里（仅限回答开始之前；用量行会显示由谁回答）。未设置备用时，会显示额度何时恢复。</translation>
        </message>
        <message>
            <source>Fallback provider</source>
            <translation>备用服务商</translation>
        </message>
        <message>
            <source>Fallback model</source>
            <translation>备用模型</translation>
        </message>
        <message>
            <source>No fallback</source>
            <translation>不使用备用</translation>
        </message>
        <message>
            <source>Per model: {rules}</source>
            <translation>按模型：{rules}</translation>
        </message>
        <message>
            <source>Could not save: {reason}</source>
            <translation>无法保存：{reason}</translation>
        </message>
        <message>
            <source>Saved: spent quota goes to {model} ({provider}).</source>
            <translation>已保存：额度用完后转到 {model}（{provider}）。</translation>
        </message>
        <message>
            <source>Saved: no fallback; a spent quota shows when it comes back.</source>
            <translation>已保存：不使用备用；额度用完时显示其恢复时间。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.general_section</name>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>跟随系统（{language}）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is shown after a restart.</source>
            <translation>重启后显示新的语言。</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <source>Close msdesk and start it again</source>
            <translation>关闭 msdesk 并重新启动</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>The theme and the text size change at once; the language at the next start.</source>
            <translation>主题和文字大小立即生效；语言在下次启动时生效。</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>未保存：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.manage_models_dialog</name>
        <message>
            <source>Manage models — {provider}</source>
            <translation>管理模型 — {provider}</translation>
        </message>
        <message>
            <source>Manage {provider} models</source>
            <translation>管理 {provider} 的模型</translation>
        </message>
        <message>
            <source>Everything {provider} lists, its suggested models and your own list. Add or remove models here; changes are saved at once.</source>
            <translation>{provider} 列出的全部模型、推荐模型以及你自己的列表。可在此添加或移除模型，更改会立即保存。</translation>
        </message>
        <message>
            <source>Search by ID, name or owner</source>
            <translation>按 ID、名称或所有者搜索</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>搜索模型</translation>
        </message>
        <message>
            <source>Search by ID, name or owner (Ctrl+F)</source>
            <translation>按 ID、名称或所有者搜索（Ctrl+F）</translation>
        </message>
        <message>
            <source>Filter by capability</source>
            <translation>按能力筛选</translation>
        </message>
        <message>
            <source>Show only models with this capability</source>
            <translation>只显示具备此能力的模型</translation>
        </message>
        <message>
            <source>All capabilities</source>
            <translation>全部能力</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show every model, only those in your list, or only the others</source>
            <translation>显示全部模型、仅显示你列表中的模型，或仅显示其他模型</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>全部模型</translation>
        </message>
        <message>
            <source>In your list</source>
            <translation>在你的列表中</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>未添加</translation>
        </message>
        <message>
            <source>Fetching models</source>
            <translation>正在获取模型</translation>
        </message>
        <message>
            <source>Fetching the model list from {provider}…</source>
            <translation>正在从 {provider} 获取模型列表…</translation>
        </message>
        <message>
            <source>Model list error</source>
            <translation>模型列表错误</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ask {provider} for its model list again</source>
            <translation>再次向 {provider} 获取模型列表</translation>
        </message>
        <message>
            <source>Models {provider} offers</source>
            <translation>{provider} 提供的模型</translation>
        </message>
        <message>
            <source>Enter or Space adds or removes the selected model; on a group, + adds all its models and − removes them</source>
            <translation>按 Enter 或空格键添加或移除所选模型；在分组上按 + 添加其全部模型，按 − 将其全部移除</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Could not get the model list from {provider}: {reason}
Your list and the suggested models are still shown below.</source>
            <translation>无法从 {provider} 获取模型列表：{reason}
下方仍显示你的列表和推荐模型。</translation>
        </message>
        <message>
            <source>Add all {group} models</source>
            <translation>添加 {group} 的全部模型</translation>
        </message>
        <message>
            <source>Remove all {group} models</source>
            <translation>移除 {group} 的全部模型</translation>
        </message>
        <message>
            <source>Listed by {provider}, suggested</source>
            <translation>由 {provider} 列出，推荐</translation>
        </message>
        <message>
            <source>Listed by {provider}</source>
            <translation>由 {provider} 列出</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Not in your list</source>
            <translation>不在你的列表中</translation>
        </message>
        <message>
            <source>Remove {id} from your list</source>
            <translation>从你的列表中移除 {id}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
        <message>
            <source>Add {id} to your list</source>
            <translation>将 {id} 添加到你的列表</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>添加 {name}</translation>
        </message>
        <message numerus="yes">
            <source>{inside} of %n in your list</source>
            <translation>
                <numerusform>已添加 {inside}/%n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Group {group}, {count}</source>
            <translation>分组 {group}，{count}</translation>
        </message>
        <message numerus="yes">
            <source>Add the %n shown {group} model(s) not yet in your list</source>
            <translation>
                <numerusform>将当前显示的 %n 个尚未加入的 {group} 模型添加到你的列表</numerusform>
            </translation>
        </message>
        <message>
            <source>Every shown {group} model is in your list</source>
            <translation>当前显示的 {group} 模型都已在你的列表中</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n shown {group} model(s) from your list</source>
            <translation>
                <numerusform>从你的列表中移除当前显示的 %n 个 {group} 模型</numerusform>
            </translation>
        </message>
        <message>
            <source>No shown {group} model is in your list</source>
            <translation>当前显示的 {group} 模型都不在你的列表中</translation>
        </message>
        <message>
            <source>No model matches '{query}'.
Clear the search or pick another capability.</source>
            <translation>没有与“{query}”匹配的模型。
请清除搜索内容或选择其他能力。</translation>
        </message>
        <message>
            <source>No model matches these filters.
Clear the search or pick another capability.</source>
            <translation>没有符合这些筛选条件的模型。
请清除搜索内容或选择其他能力。</translation>
        </message>
        <message numerus="yes">
            <source>%n in your list</source>
            <translation>
                <numerusform>你的列表中有 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>showing {shown} of %n</source>
            <translation>
                <numerusform>显示 {shown}/%n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offered</source>
            <translation>
                <numerusform>共 %n 个可选</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed by {provider}</source>
            <translation>
                <numerusform>{provider} 列出 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{provider}'s list not loaded</source>
            <translation>未加载 {provider} 的列表</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.model_edit_dialog</name>
        <message>
            <source>Edit model</source>
            <translation>编辑模型</translation>
        </message>
        <message>
            <source>Add models to {provider}</source>
            <translation>向 {provider} 添加模型</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translation>模型 ID</translation>
        </message>
        <message>
            <source>owner/name, e.g. {example}</source>
            <translation>所有者/名称，例如 {example}</translation>
        </message>
        <message>
            <source>The ID as ModelScope shows it: owner/name. Separate several IDs with commas.</source>
            <translation>即魔搭上显示的 ID：所有者/名称。多个 ID 用逗号分隔。</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>例如 {example}</translation>
        </message>
        <message>
            <source>The model name {provider} expects. Separate several IDs with commas.</source>
            <translation>{provider} 要求的模型名称。多个 ID 用逗号分隔。</translation>
        </message>
        <message>
            <source>Model ID error</source>
            <translation>模型 ID 错误</translation>
        </message>
        <message>
            <source>Model ID note</source>
            <translation>模型 ID 提示</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>How the model is shown in lists; defaults to the last part of its ID.</source>
            <translation>模型在列表中显示的名称；默认为其 ID 的最后一段。</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Models are grouped under this name; by default the owner in the ID.</source>
            <translation>模型按此名称分组；默认为 ID 中的所有者。</translation>
        </message>
        <message>
            <source>Task type</source>
            <translation>任务类型</translation>
        </message>
        <message>
            <source>What the model does; guessed from the ID until you pick one.</source>
            <translation>模型的用途；在你选择之前根据 ID 推测。</translation>
        </message>
        <message>
            <source>Capability: {capability}</source>
            <translation>能力：{capability}</translation>
        </message>
        <message>
            <source>{meaning}. Follows the task.</source>
            <translation>{meaning}。随任务而定。</translation>
        </message>
        <message>
            <source>Capabilities note</source>
            <translation>能力说明</translation>
        </message>
        <message>
            <source>Use msdesk's table</source>
            <translation>采用 msdesk 模型表</translation>
        </message>
        <message>
            <source>Forget your capability settings for this model; msdesk's table decides</source>
            <translation>清除你为此模型设置的能力，由 msdesk 的模型表决定</translation>
        </message>
        <message>
            <source>Model &amp;ID</source>
            <translation>模型 ID(&amp;I)</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>能力</translation>
        </message>
        <message>
            <source>Display &amp;name</source>
            <translation>显示名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>分组(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>任务(&amp;T)</translation>
        </message>
        <message>
            <source>The ID cannot be changed; remove the model and add the new ID instead.</source>
            <translation>ID 无法更改；请移除此模型，再添加新的 ID。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>{meaning}. From msdesk's table; tick or untick to set it yourself.</source>
            <translation>{meaning}。来自 msdesk 的模型表；勾选或取消勾选可自行设置。</translation>
        </message>
        <message>
            <source>{meaning}. Your setting; msdesk's table says on.</source>
            <translation>{meaning}。你的设置；msdesk 的模型表中为开启。</translation>
        </message>
        <message>
            <source>{meaning}. Your setting; msdesk's table says off.</source>
            <translation>{meaning}。你的设置；msdesk 的模型表中为关闭。</translation>
        </message>
        <message>
            <source>{capability} on</source>
            <translation>{capability}：开启</translation>
        </message>
        <message>
            <source>{capability} off</source>
            <translation>{capability}：关闭</translation>
        </message>
        <message>
            <source>Your settings win over msdesk's table: {settings}.</source>
            <translation>你的设置优先于 msdesk 的模型表：{settings}。</translation>
        </message>
        <message>
            <source>From msdesk's model table for the first ID and the task; tick or untick one to set it yourself.</source>
            <translation>根据 msdesk 模型表中第一个 ID 及所选任务得出；勾选或取消勾选可自行设置。</translation>
        </message>
        <message>
            <source>From msdesk's model table for this ID and task; tick or untick one to set it yourself.</source>
            <translation>根据 msdesk 模型表中此 ID 及所选任务得出；勾选或取消勾选可自行设置。</translation>
        </message>
        <message>
            <source>'{id}'</source>
            <translation>“{id}”</translation>
        </message>
        <message>
            <source>{ids} is not a valid model ID.</source>
            <translation>{ids} 不是有效的模型 ID。</translation>
        </message>
        <message>
            <source>{ids} are not valid model IDs.</source>
            <translation>{ids} 不是有效的模型 ID。</translation>
        </message>
        <message>
            <source>Use owner/name, e.g. {example}.</source>
            <translation>请使用“所有者/名称”格式，例如 {example}。</translation>
        </message>
        <message>
            <source>Use letters, digits and . _ - : / only.</source>
            <translation>只能使用字母、数字和 . _ - : /。</translation>
        </message>
        <message>
            <source>{problem} {rule}</source>
            <translation>{problem}{rule}</translation>
        </message>
        <message>
            <source>{names} is already in the list and will be skipped.</source>
            <translation>{names} 已在列表中，将被跳过。</translation>
        </message>
        <message>
            <source>{names} is already in the list.</source>
            <translation>{names} 已在列表中。</translation>
        </message>
        <message>
            <source>{names} are already in the list and will be skipped.</source>
            <translation>{names} 已在列表中，将被跳过。</translation>
        </message>
        <message>
            <source>{names} are already in the list.</source>
            <translation>{names} 已在列表中。</translation>
        </message>
        <message>
            <source>Each model is named after its ID</source>
            <translation>每个模型以其 ID 命名</translation>
        </message>
        <message>
            <source>From the ID</source>
            <translation>取自 ID</translation>
        </message>
        <message>
            <source>Each model's owner</source>
            <translation>各模型的所有者</translation>
        </message>
        <message>
            <source>From the ID (the owner)</source>
            <translation>取自 ID（所有者）</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message numerus="yes">
            <source>Add %n model(s)</source>
            <translation>
                <numerusform>添加 %n 个模型</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.settings.model_rows</name>
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
            <source>Text generation</source>
            <translation>文本生成</translation>
        </message>
        <message>
            <source>Image + text</source>
            <translation>图片 + 文本</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>视觉</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>推理</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>Answers messages in a conversation</source>
            <translation>在对话中回复消息</translation>
        </message>
        <message>
            <source>Understands images sent with a message</source>
            <translation>能理解随消息发送的图片</translation>
        </message>
        <message>
            <source>Thinks before answering and shows its reasoning</source>
            <translation>先思考再回答，并展示思考过程</translation>
        </message>
        <message>
            <source>Can call tools (function calling)</source>
            <translation>可调用工具（函数调用）</translation>
        </message>
        <message>
            <source>Turns text into vectors for search</source>
            <translation>将文本转换为向量，用于检索</translation>
        </message>
        <message>
            <source>Draws images from a prompt</source>
            <translation>根据提示词生成图片</translation>
        </message>
        <message>
            <source>No capabilities set</source>
            <translation>未设置能力</translation>
        </message>
        <message>
            <source>{capability}: {meaning}</source>
            <translation>{capability}：{meaning}</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}</source>
            <translation>{name}，{id}，{task}，{capabilities}</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}, in your list</source>
            <translation>{name}，{id}，{task}，{capabilities}，已在你的列表中</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}, not in your list</source>
            <translation>{name}，{id}，{task}，{capabilities}，不在你的列表中</translation>
        </message>
        <message>
            <source>Group {group}, {count}</source>
            <translation>分组 {group}，{count}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>能力</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.models_section</name>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Manage…</source>
            <translation>管理…</translation>
        </message>
        <message>
            <source>Manage models</source>
            <translation>管理模型</translation>
        </message>
        <message>
            <source>Add model…</source>
            <translation>添加模型…</translation>
        </message>
        <message>
            <source>Add model</source>
            <translation>添加模型</translation>
        </message>
        <message>
            <source>Models notice</source>
            <translation>模型通知</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Put the removed models back (Ctrl+Z)</source>
            <translation>恢复已移除的模型（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Models error</source>
            <translation>模型错误</translation>
        </message>
        <message>
            <source>Models of this provider</source>
            <translation>此服务商的模型</translation>
        </message>
        <message>
            <source>Delete removes the selected model, Enter or F2 edits it, Ctrl+Z undoes a removal.</source>
            <translation>按 Delete 移除所选模型，按 Enter 或 F2 编辑，按 Ctrl+Z 撤销移除。</translation>
        </message>
        <message>
            <source>No models</source>
            <translation>没有模型</translation>
        </message>
        <message>
            <source>Restore the suggested models</source>
            <translation>恢复推荐的模型</translation>
        </message>
        <message>
            <source>Pick a provider to see its models.</source>
            <translation>选择一个服务商以查看其模型。</translation>
        </message>
        <message>
            <source>See what {provider} serves and pick models from it, by group or one by one</source>
            <translation>查看 {provider} 提供的模型，并按分组或逐个挑选</translation>
        </message>
        <message>
            <source>Add models by ID, e.g. {example} (several separated by commas)</source>
            <translation>按 ID 添加模型，例如 {example}（多个用逗号分隔）</translation>
        </message>
        <message>
            <source>Add models by the name {provider} expects (several separated by commas)</source>
            <translation>按 {provider} 要求的名称添加模型（多个用逗号分隔）</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) in {groups}</source>
            <translation>
                <numerusform>%n 个模型，共 {groups}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <comment>in: N models in {groups}</comment>
            <translation>
                <numerusform>%n 组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put back the %n model(s) msdesk suggests for this provider</source>
            <translation>
                <numerusform>恢复 msdesk 为此服务商推荐的 %n 个模型</numerusform>
            </translation>
        </message>
        <message>
            <source>No models in this list yet.
Use Manage to pick from what this provider serves, or Add model to enter an ID.</source>
            <translation>列表中还没有模型。
用“管理”从此服务商提供的模型中挑选，或用“添加模型”输入 ID。</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n 个模型</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n {group} model(s) (Delete)</source>
            <translation>
                <numerusform>移除 {group} 的 %n 个模型（Delete）</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove group {group}</source>
            <translation>移除分组 {group}</translation>
        </message>
        <message>
            <source>Edit {id} (F2)</source>
            <translation>编辑 {id}（F2）</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <source>Remove {id} (Delete)</source>
            <translation>移除 {id}（Delete）</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>移除 {name}</translation>
        </message>
        <message>
            <source>Restored {names}.</source>
            <translation>已恢复 {names}。</translation>
        </message>
        <message numerus="yes">
            <source>Removed the {group} group (%n model(s)).</source>
            <translation>
                <numerusform>已移除分组 {group}（%n 个模型）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {names}.</source>
            <translation>已移除 {names}。</translation>
        </message>
        <message>
            <source>Added {names}.</source>
            <translation>已添加 {names}。</translation>
        </message>
        <message>
            <source>{name} is already in the list.</source>
            <translation>{name} 已在列表中。</translation>
        </message>
        <message>
            <source>{names} are already in the list.</source>
            <translation>{names} 已在列表中。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.network_section</name>
        <message>
            <source>Stored in the keychain</source>
            <translation>保存在钥匙串中</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Network settings</source>
            <translation>网络设置</translation>
        </message>
        <message>
            <source>Connect timeout</source>
            <translation>连接超时</translation>
        </message>
        <message>
            <source>The longest wait to open a connection</source>
            <translation>建立连接的最长等待时间</translation>
        </message>
        <message>
            <source>First-byte timeout</source>
            <translation>首字节超时</translation>
        </message>
        <message>
            <source>The longest wait for an answer to start (large models can think for a while)</source>
            <translation>等待回答开始的最长时间（大模型可能需要思考一段时间）</translation>
        </message>
        <message>
            <source>Idle timeout</source>
            <translation>空闲超时</translation>
        </message>
        <message>
            <source>The longest silence between two pieces of an answer</source>
            <translation>回答中两段内容之间的最长间隔</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;First byte</source>
            <translation>首字节(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Idle between chunks</source>
            <translation>分块间空闲(&amp;I)</translation>
        </message>
        <message>
            <source>S&amp;ystem</source>
            <translation>系统(&amp;Y)</translation>
        </message>
        <message>
            <source>Use HTTP_PROXY, HTTPS_PROXY and NO_PROXY, or the OS proxy setting</source>
            <translation>使用 HTTP_PROXY、HTTPS_PROXY 和 NO_PROXY，或操作系统的代理设置</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>不使用(&amp;N)</translation>
        </message>
        <message>
            <source>Connect directly, whatever the environment says</source>
            <translation>直接连接，忽略环境变量中的设置</translation>
        </message>
        <message>
            <source>C&amp;ustom</source>
            <translation>自定义(&amp;U)</translation>
        </message>
        <message>
            <source>Send every request through the proxy below</source>
            <translation>所有请求都通过下方的代理发送</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>系统代理</translation>
        </message>
        <message>
            <source>None proxy</source>
            <translation>不使用代理</translation>
        </message>
        <message>
            <source>Custom proxy</source>
            <translation>自定义代理</translation>
        </message>
        <message>
            <source>Proxy URL</source>
            <translation>代理 URL</translation>
        </message>
        <message>
            <source>http://, https:// or socks5://; saved when you leave the field</source>
            <translation>http://、https:// 或 socks5://；离开输入框时保存</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>代理用户名</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>代理密码</translation>
        </message>
        <message>
            <source>Kept in the system keychain, never in the settings file</source>
            <translation>保存在系统钥匙串中，不会写入设置文件</translation>
        </message>
        <message>
            <source>Proxy &amp;URL</source>
            <translation>代理 URL(&amp;L)</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>用户名(&amp;M)</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>密码(&amp;W)</translation>
        </message>
        <message>
            <source>Network settings error</source>
            <translation>网络设置错误</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>One request for the default provider's model list: no token, no quota</source>
            <translation>向默认服务商请求一次模型列表：不使用访问令牌，不消耗额度</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>连接测试结果</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>For every provider. Changes are saved and used at once; answers already arriving finish as they started.</source>
            <translation>适用于所有服务商。更改会立即保存并生效；正在接收的回答仍按原设置完成。</translation>
        </message>
        <message>
            <source>Timeouts</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>First byte: how long an answer may take to start. Idle: how long it may pause once it has started.</source>
            <translation>首字节：回答开始前最多等待多久。空闲：回答开始后最多可以停顿多久。</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>代理</translation>
        </message>
        <message>
            <source>Now {proxy}, from the environment or the system settings.</source>
            <translation>当前为 {proxy}，来自环境变量或系统设置。</translation>
        </message>
        <message>
            <source>No system proxy is set now, so msdesk connects directly.</source>
            <translation>当前未设置系统代理，msdesk 将直接连接。</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>未保存：{reason}</translation>
        </message>
        <message>
            <source>{problem} Until then msdesk keeps the previous proxy setting.</source>
            <translation>{problem}在此之前，msdesk 仍使用之前的代理设置。</translation>
        </message>
        <message>
            <source>The proxy user name and password were not stored: {reason}</source>
            <translation>代理用户名和密码未能保存：{reason}</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>正在测试…</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, through {proxy}.</source>
            <translation>✓ {provider} 在 {ms} 毫秒内响应，经由 {proxy}。</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, through the system proxy.</source>
            <translation>✓ {provider} 在 {ms} 毫秒内响应，经由系统代理。</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, directly.</source>
            <translation>✓ {provider} 在 {ms} 毫秒内响应，直接连接。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.page</name>
        <message>
            <source>Model provider settings</source>
            <translation>模型服务商设置</translation>
        </message>
        <message>
            <source>Network &amp;&amp; failover</source>
            <translation>网络与故障转移</translation>
        </message>
        <message>
            <source>Network settings</source>
            <translation>网络设置</translation>
        </message>
        <message>
            <source>Timeouts and proxy for every provider, and where requests go when the quota is spent</source>
            <translation>所有服务商的超时与代理设置，以及额度用完后请求转向何处</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>General settings</source>
            <translation>常规设置</translation>
        </message>
        <message>
            <source>Language, theme and text size</source>
            <translation>语言、主题和文字大小</translation>
        </message>
        <message>
            <source>Model providers</source>
            <translation>模型服务商</translation>
        </message>
        <message>
            <source>a token check is running</source>
            <translation>正在检测令牌</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.provider_list</name>
        <message>
            <source>No token yet</source>
            <translation>尚无令牌</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n 个令牌</numerusform>
            </translation>
        </message>
        <message>
            <source>Search providers</source>
            <translation>搜索服务商</translation>
        </message>
        <message>
            <source>Filter the providers by name (Ctrl+F)</source>
            <translation>按名称筛选服务商（Ctrl+F）</translation>
        </message>
        <message>
            <source>Model providers</source>
            <translation>模型服务商</translation>
        </message>
        <message>
            <source>Select a provider to set it up. Space switches it on or off; drag or press Alt+Up and Alt+Down to reorder.</source>
            <translation>选择一个服务商进行设置。按空格键启用或停用；拖动或按 Alt+Up、Alt+Down 调整顺序。</translation>
        </message>
        <message>
            <source>Drag to reorder; the switch turns a provider on or off</source>
            <translation>拖动可调整顺序；开关用于启用或停用服务商</translation>
        </message>
        <message>
            <source>Add provider</source>
            <translation>添加服务商</translation>
        </message>
        <message>
            <source>Add any OpenAI-compatible service by its API address</source>
            <translation>通过 API 地址添加任意兼容 OpenAI 的服务</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>{name} (on)</source>
            <translation>{name}（已启用）</translation>
        </message>
        <message>
            <source>{subtitle}; on</source>
            <translation>{subtitle}；已启用</translation>
        </message>
        <message>
            <source>{name} (off)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <source>{subtitle}; off</source>
            <translation>{subtitle}；已停用</translation>
        </message>
        <message>
            <source>No provider matches “{text}”.</source>
            <translation>没有与“{text}”匹配的服务商。</translation>
        </message>
        <message>
            <source>Could not save the change</source>
            <translation>无法保存更改</translation>
        </message>
        <message>
            <source>Could not save the order</source>
            <translation>无法保存顺序</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Built-in providers cannot be deleted; switch them off instead.</source>
            <translation>内置服务商无法删除，但可以停用。</translation>
        </message>
        <message>
            <source>Built-in provider</source>
            <translation>内置服务商</translation>
        </message>
        <message>
            <source>{name} is built in and cannot be deleted; switch it off instead.</source>
            <translation>{name} 是内置服务商，无法删除，但可以停用。</translation>
        </message>
        <message numerus="yes">
            <source>Its settings and model list and its %n token(s) in the keychain are removed. This cannot be undone.</source>
            <translation>
                <numerusform>其设置、模型列表以及系统钥匙串中的 %n 个令牌都将被删除。此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>Its settings and model list are removed. This cannot be undone.</source>
            <translation>其设置和模型列表都将被删除。此操作无法撤销。</translation>
        </message>
        <message>
            <source>Delete provider</source>
            <translation>删除服务商</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>删除“{name}”？</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Could not delete the provider</source>
            <translation>无法删除服务商</translation>
        </message>
        <message>
            <source>Edit provider</source>
            <translation>编辑服务商</translation>
        </message>
        <message>
            <source>Any service that speaks the OpenAI chat API works: a local server (Ollama, LM Studio, vLLM) or a cloud one.</source>
            <translation>任何支持 OpenAI 对话 API 的服务都可以使用：本地服务器（Ollama、LM Studio、vLLM）或云端服务。</translation>
        </message>
        <message>
            <source>e.g. My vLLM server</source>
            <translation>例如：我的 vLLM 服务器</translation>
        </message>
        <message>
            <source>Provider name</source>
            <translation>服务商名称</translation>
        </message>
        <message>
            <source>API host</source>
            <translation>API 地址</translation>
        </message>
        <message>
            <source>The API base; /chat/completions is added. End with # to use it as it is.</source>
            <translation>API 基础地址，会自动追加 /chat/completions。以 # 结尾则按原样使用。</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>ModelScope-compatible: reads ModelScope's quota headers and checks ms- tokens</source>
            <translation>兼容魔搭：读取魔搭的额度响应头，并检查 ms- 开头的令牌</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>API &amp;host</source>
            <translation>API 地址(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Requests go nowhere yet: {reason}.</source>
            <translation>请求暂时无处可发：{reason}。</translation>
        </message>
        <message>
            <source>Chat requests go to {chat_url}
The model list, embeddings and images go to {root}/…</source>
            <translation>对话请求发往 {chat_url}
模型列表、向量嵌入和图片请求发往 {root}/…</translation>
        </message>
        <message>
            <source>⚠ Plain http: your token would travel unencrypted.</source>
            <translation>⚠ 明文 http：你的令牌将以未加密方式传输。</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.provider_panel</name>
        <message>
            <source>API host</source>
            <translation>API 地址</translation>
        </message>
        <message>
            <source>The provider's OpenAI-compatible API address; saved when you leave the field</source>
            <translation>该服务商兼容 OpenAI 的 API 地址；离开输入框时自动保存</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Reset the API host</source>
            <translation>重置 API 地址</translation>
        </message>
        <message>
            <source>API host error</source>
            <translation>API 地址错误</translation>
        </message>
        <message>
            <source>Chat requests go to</source>
            <translation>对话请求发往</translation>
        </message>
        <message>
            <source>Chat URL preview</source>
            <translation>对话 URL 预览</translation>
        </message>
        <message>
            <source>msdesk adds /chat/completions to this address. End it with # to use the address exactly as written for chat; the model list, embeddings and images then go to it without its /chat/completions.</source>
            <translation>msdesk 会在此地址后追加 /chat/completions。以 # 结尾则对话请求完全按所填地址发送；此时模型列表、向量嵌入和图片请求发往去掉 /chat/completions 后的地址。</translation>
        </message>
        <message>
            <source>⚠ Plain http to another computer: your token would travel unencrypted. Use https unless this is a network you trust.</source>
            <translation>⚠ 通过明文 http 连接另一台计算机：你的令牌将以未加密方式传输。除非是你信任的网络，否则请使用 https。</translation>
        </message>
        <message>
            <source>Unencrypted connection warning</source>
            <translation>未加密连接警告</translation>
        </message>
        <message>
            <source>Go back to {address}</source>
            <translation>恢复为 {address}</translation>
        </message>
        <message>
            <source>MSDESK_API_BASE is set, so msdesk uses {address} and ignores this setting.</source>
            <translation>已设置 MSDESK_API_BASE，因此 msdesk 使用 {address}，忽略此设置。</translation>
        </message>
        <message>
            <source>nowhere: {reason}</source>
            <translation>无处可发：{reason}</translation>
        </message>
        <message>
            <source>{chat_url}
Other calls: {root}/models, /embeddings, /images/…</source>
            <translation>{chat_url}
其他请求：{root}/models、/embeddings、/images/…</translation>
        </message>
        <message>
            <source>{error}. Not saved: fix it, or press Esc to go back.</source>
            <translation>{error}。未保存：请修正，或按 Esc 还原。</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <source>Could not reset: {error}</source>
            <translation>无法重置：{error}</translation>
        </message>
        <message>
            <source>Provider settings</source>
            <translation>服务商设置</translation>
        </message>
        <message>
            <source>Edit the name, address and type of this provider</source>
            <translation>编辑该服务商的名称、地址和类型</translation>
        </message>
        <message>
            <source>Edit provider</source>
            <translation>编辑服务商</translation>
        </message>
        <message>
            <source>Delete this provider</source>
            <translation>删除该服务商</translation>
        </message>
        <message>
            <source>Delete provider</source>
            <translation>删除服务商</translation>
        </message>
        <message>
            <source>Provider on</source>
            <translation>启用服务商</translation>
        </message>
        <message>
            <source>Switch this provider on or off</source>
            <translation>启用或停用该服务商</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>地域(&amp;R)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地域</translation>
        </message>
        <message>
            <source>Which regional endpoint to use; keys work only in their own region</source>
            <translation>使用哪个地域的接入点；API Key 仅在其所属地域有效</translation>
        </message>
        <message>
            <source>Provider links</source>
            <translation>服务商链接</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>API tokens</source>
            <translation>访问令牌</translation>
        </message>
        <message>
            <source>The model list of this provider will show here.</source>
            <translation>该服务商的模型列表将显示在这里。</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>ID {id}</source>
            <translation>ID {id}</translation>
        </message>
        <message>
            <source>Edit provider {name}</source>
            <translation>编辑服务商 {name}</translation>
        </message>
        <message>
            <source>Delete provider {name}</source>
            <translation>删除服务商 {name}</translation>
        </message>
        <message>
            <source>{name} is on</source>
            <translation>{name} 已启用</translation>
        </message>
        <message>
            <source>{name} is off</source>
            <translation>{name} 已停用</translation>
        </message>
        <message>
            <source>Add several tokens (backup accounts): when one token's daily quota is spent, you can go on with the next.</source>
            <translation>可以添加多个访问令牌（备用账号）：一个令牌的每日额度用完后，可以换用下一个继续。</translation>
        </message>
        <message>
            <source>Add one or more API keys; the first one is used unless you pick another.</source>
            <translation>添加一个或多个 API Key；除非另行选择，默认使用第一个。</translation>
        </message>
        <message>
            <source>Model library (API-Inference) ↗</source>
            <translation>模型库（API-Inference 推理服务）↗</translation>
        </message>
        <message>
            <source>Model list ↗</source>
            <translation>模型列表 ↗</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>获取访问令牌 ↗</translation>
        </message>
        <message>
            <source>Create or copy a token</source>
            <translation>创建或复制令牌</translation>
        </message>
        <message>
            <source>Documentation ↗</source>
            <translation>文档 ↗</translation>
        </message>
        <message>
            <source>How the API works</source>
            <translation>API 的使用方法</translation>
        </message>
        <message>
            <source>Models this service serves</source>
            <translation>该服务提供的模型</translation>
        </message>
        <message>
            <source>API usage ↗</source>
            <translation>API 用量 ↗</translation>
        </message>
        <message>
            <source>Your quota and usage</source>
            <translation>你的额度和用量</translation>
        </message>
        <message>
            <source>On</source>
            <translation>已启用</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Could not change the region: {error}</source>
            <translation>无法切换地域：{error}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.token_form</name>
        <message>
            <source>Token</source>
            <translation>令牌</translation>
        </message>
        <message>
            <source>Paste the token</source>
            <translation>粘贴令牌</translation>
        </message>
        <message>
            <source>Paste the token; spaces and line breaks are removed</source>
            <translation>粘贴令牌；空格和换行会被自动去除</translation>
        </message>
        <message>
            <source>Show the token</source>
            <translation>显示令牌</translation>
        </message>
        <message>
            <source>Hide the token</source>
            <translation>隐藏令牌</translation>
        </message>
        <message>
            <source>Save token</source>
            <translation>保存令牌</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>添加令牌</translation>
        </message>
        <message>
            <source>Token label</source>
            <translation>令牌标签</translation>
        </message>
        <message>
            <source>A name for this token, e.g. the account it belongs to</source>
            <translation>令牌的名称，例如它所属的账号</translation>
        </message>
        <message>
            <source>Leave empty to keep the current token</source>
            <translation>留空则保留当前令牌</translation>
        </message>
        <message>
            <source>Token format warning</source>
            <translation>令牌格式警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>标签(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Token</source>
            <translation>令牌(&amp;T)</translation>
        </message>
        <message>
            <source>Add your first token</source>
            <translation>添加第一个令牌</translation>
        </message>
        <message>
            <source>Add your {provider} token</source>
            <translation>添加你的 {provider} 令牌</translation>
        </message>
        <message>
            <source>An API key for {provider}, if it asks for one.</source>
            <translation>{provider} 的 API Key（如果需要）。</translation>
        </message>
        <message>
            <source>Store the token in the keychain</source>
            <translation>将令牌保存到系统钥匙串</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>获取访问令牌 ↗</translation>
        </message>
        <message>
            <source>Opens the {provider} page that creates tokens</source>
            <translation>打开 {provider} 创建令牌的页面</translation>
        </message>
        <message>
            <source>Change the label, or paste a new token to replace the stored one.</source>
            <translation>修改标签，或粘贴新令牌以替换已保存的令牌。</translation>
        </message>
        <message>
            <source>A backup token (another account) keeps you going when one token's daily quota is spent.</source>
            <translation>备用令牌（另一个账号）可在一个令牌的每日额度用完后让你继续使用。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Edit token — {provider}</source>
            <translation>编辑令牌 — {provider}</translation>
        </message>
        <message>
            <source>Add token — {provider}</source>
            <translation>添加令牌 — {provider}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.token_row</name>
        <message>
            <source>Token {label}</source>
            <translation>令牌 {label}</translation>
        </message>
        <message>
            <source>Label: {label}</source>
            <translation>标签：{label}</translation>
        </message>
        <message>
            <source>used first</source>
            <translation>优先使用</translation>
        </message>
        <message>
            <source>Chats use this token unless you pick another</source>
            <translation>除非另行选择，对话都使用此令牌</translation>
        </message>
        <message>
            <source>Token, masked</source>
            <translation>令牌（已隐藏）</translation>
        </message>
        <message>
            <source>Show this token</source>
            <translation>显示此令牌</translation>
        </message>
        <message>
            <source>Show token {label}</source>
            <translation>显示令牌 {label}</translation>
        </message>
        <message>
            <source>Copy this token to the clipboard</source>
            <translation>将此令牌复制到剪贴板</translation>
        </message>
        <message>
            <source>Copy token {label}</source>
            <translation>复制令牌 {label}</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>Edit the label or replace the token</source>
            <translation>修改标签或替换令牌</translation>
        </message>
        <message>
            <source>Edit token {label}</source>
            <translation>编辑令牌 {label}</translation>
        </message>
        <message>
            <source>Delete this token (you can undo)</source>
            <translation>删除此令牌（可撤销）</translation>
        </message>
        <message>
            <source>Delete token {label}</source>
            <translation>删除令牌 {label}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Check token {label}</source>
            <translation>检测令牌 {label}</translation>
        </message>
        <message>
            <source>Send one tiny request to see whether this token works (costs one call of today's quota)</source>
            <translation>发送一个极小的请求，检测此令牌是否可用（消耗一次当日调用额度）</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>检测结果</translation>
        </message>
        <message>
            <source>Token, shown</source>
            <translation>令牌（已显示）</translation>
        </message>
        <message>
            <source>Hide this token (hides itself after {seconds} s)</source>
            <translation>隐藏此令牌（{seconds} 秒后自动隐藏）</translation>
        </message>
        <message>
            <source>Hide token {label}</source>
            <translation>隐藏令牌 {label}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop this check</source>
            <translation>停止此次检测</translation>
        </message>
        <message>
            <source>Cancel the check of token {label}</source>
            <translation>取消检测令牌 {label}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.tokens</name>
        <message>
            <source>Add token</source>
            <translation>添加令牌</translation>
        </message>
        <message>
            <source>Add another token, e.g. a backup account for when the daily quota is spent</source>
            <translation>再添加一个令牌，例如每日额度用完时使用的备用账号</translation>
        </message>
        <message>
            <source>Check all</source>
            <translation>全部检测</translation>
        </message>
        <message>
            <source>Check all tokens</source>
            <translation>检测全部令牌</translation>
        </message>
        <message>
            <source>Check every token (one call of each token's daily quota)</source>
            <translation>检测每个令牌（每个令牌消耗一次当日调用额度）</translation>
        </message>
        <message>
            <source>Keychain warning</source>
            <translation>钥匙串警告</translation>
        </message>
        <message>
            <source>Tokens are kept for this session only.</source>
            <translation>令牌仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>&lt;b&gt;No secure keychain.&lt;/b&gt; {note} They are never written to a file: add them again after a restart.</source>
            <translation>&lt;b&gt;没有安全的系统钥匙串。&lt;/b&gt;{note}令牌绝不会写入文件：重启后请重新添加。</translation>
        </message>
        <message>
            <source>Loading tokens…</source>
            <translation>正在加载令牌…</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>令牌</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <source>Put the deleted token back</source>
            <translation>恢复已删除的令牌</translation>
        </message>
        <message>
            <source>Could not read the tokens: {error}</source>
            <translation>无法读取令牌：{error}</translation>
        </message>
        <message>
            <source>Saved in the keychain. Press Check to make sure it works (one call of today's quota).</source>
            <translation>已保存到系统钥匙串。请点击“检测”确认其可用（消耗一次当日调用额度）。</translation>
        </message>
        <message>
            <source>Saved for this session. Press Check to make sure it works (one call of today's quota).</source>
            <translation>已为本次会话保存。请点击“检测”确认其可用（消耗一次当日调用额度）。</translation>
        </message>
        <message>
            <source>Deleted the token “{label}”.</source>
            <translation>已删除令牌“{label}”。</translation>
        </message>
        <message>
            <source>Could not delete the token: {error}</source>
            <translation>无法删除令牌：{error}</translation>
        </message>
        <message>
            <source>Could not put the token back: {error}</source>
            <translation>无法恢复令牌：{error}</translation>
        </message>
        <message>
            <source>Could not read the token: {error}</source>
            <translation>无法读取令牌：{error}</translation>
        </message>
        <message>
            <source>OK · {seconds} s · calls left today: {summary}</source>
            <translation>正常 · {seconds} 秒 · 今日剩余调用：{summary}</translation>
        </message>
        <message>
            <source>OK · {seconds} s</source>
            <translation>正常 · {seconds} 秒</translation>
        </message>
        <message>
            <source>Checked with {model} at {time}</source>
            <translation>于 {time} 使用 {model} 检测</translation>
        </message>
        <message>
            <source>Checking with {model}…</source>
            <translation>正在使用 {model} 检测…</translation>
        </message>
        <message>
            <source>Check cancelled.</source>
            <translation>检测已取消。</translation>
        </message>
        <message>
            <source>Cancel checks</source>
            <translation>取消检测</translation>
        </message>
        <message>
            <source>Cancel the token checks</source>
            <translation>取消令牌检测</translation>
        </message>
        <message>
            <source>Stop the checks that are running</source>
            <translation>停止正在进行的检测</translation>
        </message>
    </context>
    <context>
        <name>ui.shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>全局</translation>
        </message>
        <message>
            <source>Go to Chat</source>
            <translation>转到“对话”</translation>
        </message>
        <message>
            <source>Go to Models</source>
            <translation>转到“模型”</translation>
        </message>
        <message>
            <source>Go to Settings</source>
            <translation>转到“设置”</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>打开设置</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>显示键盘快捷键</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新建对话</translation>
        </message>
        <message>
            <source>Search the chats</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <source>Choose the model</source>
            <translation>选择模型</translation>
        </message>
        <message>
            <source>Go to the message box</source>
            <translation>转到消息输入框</translation>
        </message>
        <message>
            <source>Send the message (Ctrl+Enter when Enter makes a new line)</source>
            <translation>发送消息（若设置为 Enter 换行，则用 Ctrl+Enter 发送）</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <translation>在消息中换行</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>停止回答</translation>
        </message>
        <message>
            <source>Rename the selected chat</source>
            <translation>重命名所选对话</translation>
        </message>
        <message>
            <source>Delete the selected chat</source>
            <translation>删除所选对话</translation>
        </message>
        <message>
            <source>Bring back the chat just deleted</source>
            <translation>恢复刚删除的对话</translation>
        </message>
        <message>
            <source>Export the chat to Markdown</source>
            <translation>将对话导出为 Markdown</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Search the model library (also /)</source>
            <translation>搜索模型库（也可按 /）</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>重新搜索</translation>
        </message>
        <message>
            <source>Copy the selected model's ID</source>
            <translation>复制所选模型的 ID</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Search the providers</source>
            <translation>搜索服务商</translation>
        </message>
        <message>
            <source>Move the selected provider up</source>
            <translation>将所选服务商上移</translation>
        </message>
        <message>
            <source>Move the selected provider down</source>
            <translation>将所选服务商下移</translation>
        </message>
        <message>
            <source>Bring back the models just removed</source>
            <translation>恢复刚移除的模型</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.links</name>
        <message>
            <source>Opens {url} in the browser</source>
            <translation>在浏览器中打开 {url}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.spinner</name>
        <message>
            <source>Working</source>
            <translation>处理中</translation>
        </message>
    </context>
</TS>
