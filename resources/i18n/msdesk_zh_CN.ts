<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>core.capabilities</name>
        <message>
            <source>{model} does not reason before answering.</source>
            <extracomment>The capabilities a user can set per model (the others follow the task). ModelScope library task names that mean one of the table's tasks.</extracomment>
            <translation>{model} 不会在回答前推理。</translation>
        </message>
        <message>
            <source>{model} reasons on its own; it takes no switch to turn reasoning off.</source>
            <translation>{model} 会自行推理，无法通过开关关闭推理。</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>让模型在回答前先推理（enable_thinking）。关闭后回答更快。</translation>
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
            <translation>生成中</translation>
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
            <extracomment>The event loop gets a turn at least this often while an answer is read (``ChatService.read``). Below this many seconds a tokens-per-second figure is noise, not a rate. Pieces of text received: the count of tokens when the server sends no usage. Why another token or provider answered (``Answerer.failover_record``), kept in the usage. What went wrong (``MsdeskError.kind``), kept in the usage beside the saved message: the window decides its actions from it in any language (``msdesk.core.errors.advise``).</extracomment>
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
        <name>core.errors</name>
        <message>
            <source>the provider</source>
            <extracomment>Not an ``MsdeskError``: a bug inside msdesk (saved with the answer it ended). What went wrong (a ``KIND_*``); an instance may say more precisely. The server said ``QuotaLimitExceed`` (a credit balance, reported but unconfirmed). The error code reported for a spent credit balance (unconfirmed); handled like a 429.</extracomment>
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
            <translation>访问令牌被拒绝（HTTP {status}）（{provider} 返回：{said}）。</translation>
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
            <translation>{provider} 拒绝了请求（HTTP {status}）（{provider} 返回：{said}）。</translation>
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
            <translation>{provider} 服务器出错（HTTP {status}）（{provider} 返回：{said}）。</translation>
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
            <translation>请用 API-Inference 筛选条件选择模型（{command}），然后重试。</translation>
        </message>
        <message>
            <source>unknown type</source>
            <translation>未知类型</translation>
        </message>
        <message>
            <source>{what} sent a malformed answer (not JSON; {type}).</source>
            <translation>{what} 返回的应答格式有误（不是 JSON；{type}）。</translation>
        </message>
        <message>
            <source>The address of {what} is not a valid http(s) URL ({reason}). Fix the API host in settings (or MSDESK_API_BASE / MSDESK_HUB_BASE).</source>
            <translation>{what} 的地址不是有效的 http(s) URL（{reason}）。请在设置中修正 API 主机（或 MSDESK_API_BASE / MSDESK_HUB_BASE）。</translation>
        </message>
        <message>
            <source>Could not reach {what}: connecting timed out. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：连接超时。请检查网络连接或代理，然后重试。</translation>
        </message>
        <message>
            <source>Could not reach {what}: no answer arrived in time. Check your connection or proxy and try again.</source>
            <translation>无法访问 {what}：未能及时收到应答。请检查网络连接或代理，然后重试。</translation>
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
            <translation>无法连接到 {what}（{reason}）。请检查网络连接、代理以及设置中的 API 主机。</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>与 {what} 的连接在应答完成前断开。已收到的内容会保留；请重试以获取其余部分。</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. Try again.</source>
            <translation>与 {what} 的连接在应答完成前断开。请重试。</translation>
        </message>
        <message>
            <source>Network error talking to {what}: {reason}. Try again.</source>
            <translation>与 {what} 通信时出现网络错误：{reason}。请重试。</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <extracomment>Open Settings at a provider's tokens (target: the provider id). Open Settings at a provider (its API host, its models; target: the provider id). Browse the models API-Inference serves (the Models page). Open a web page (target: its URL). Retry as it is can succeed (a network error, a server error, a binding just made). Retry can succeed only once a token of the provider changes (none stored, rejected, spent). Retry can succeed only once the provider's settings change (an API host that is no URL). Retry cannot succeed: the same request gets the same answer (a model that is not served). Kinds whose retry waits for a token to change, for the provider's settings, or never comes.</extracomment>
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
            <translation>检查访问令牌…</translation>
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
            <extracomment>(label, reason) of the tokens passed over before this one answered: "spent", "spent for the model" or "limited" (for the fallback: the asked provider's tokens)</extracomment>
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
            <translation>超出请求限制：{provider} 访问令牌 {tokens} 当前已没有 {model} 的调用次数。</translation>
        </message>
        <message>
            <source>Request limit exceeded: every {provider} token ({tokens}) has no calls left for {model} right now.</source>
            <translation>超出请求限制：所有 {provider} 访问令牌（{tokens}）当前都已没有 {model} 的调用次数。</translation>
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
            <translation>{provider} 在 {seconds} 秒内没有开始应答。请重试，或在设置中调高首字节超时。</translation>
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
        <name>core.i18n</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation type="unfinished">
                <numerusform>{names} 等另外 %n 个</numerusform>
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
            <extracomment>The longest line of an SSE stream (bytes): a longer one ends the answer with a BadResponse. The longest answer (characters of text and reasoning together) a stream may bring. How much of a malformed body goes to the log. Told (model, kind) when a call that costs quota was served ("chat", "embedding", "image").</extracomment>
            <translation>服务商返回的应答片段格式有误（不是 JSON）。</translation>
        </message>
        <message>
            <source>The provider sent a piece of the answer that is not a JSON object.</source>
            <translation>服务商返回的应答片段不是 JSON 对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose 'choices' is not a list.</source>
            <translation>服务商返回的应答中 “choices” 不是列表。</translation>
        </message>
        <message>
            <source>The provider sent an answer with a choice that is not an object.</source>
            <translation>服务商返回的应答中有一个 choice 不是对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose message is not an object.</source>
            <translation>服务商返回的应答中 message 不是对象。</translation>
        </message>
        <message>
            <source>The provider sent an answer whose text is not a string.</source>
            <translation>服务商返回的应答中文本不是字符串。</translation>
        </message>
        <message>
            <source>Try again; the raw answer is in the log.</source>
            <translation>请重试；原始应答已写入日志。</translation>
        </message>
        <message>
            <source>{provider} answered without a choice of text.</source>
            <translation>{provider} 的应答中没有文本选项（choice）。</translation>
        </message>
        <message>
            <source>{provider} answered without a message.</source>
            <translation>{provider} 的应答中没有 message。</translation>
        </message>
        <message>
            <source>{provider} answered with a message that has no text.</source>
            <translation>{provider} 的应答消息中没有文本。</translation>
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
            <translation>{provider} 在流中发送了超过 {size} 的一行：应答已在此处停止。之前收到的内容会保留。</translation>
        </message>
        <message>
            <source>The token for {provider} contains characters that cannot be sent (a stray quote or space from copying?). Copy it again and store it anew.</source>
            <extracomment>Calls the server answered (HTTP 2xx) through this client: after one, nothing is re-sent.</extracomment>
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
            <translation>请检查设置中的 API 主机，或稍后重试。</translation>
        </message>
        <message>
            <source>{provider} did not stream an answer ({type}).</source>
            <translation>{provider} 没有以流式方式应答（{type}）。</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>无类型</translation>
        </message>
        <message>
            <source>{provider} sent an answer longer than {count} Mi characters: it was stopped there. What arrived before is kept.</source>
            <translation>{provider} 发送的应答超过 {count} Mi 个字符：已在此处停止。之前收到的内容会保留。</translation>
        </message>
        <message>
            <source>{provider} ended its stream without any answer. Try again.</source>
            <translation>{provider} 结束了流，但没有任何应答。请重试。</translation>
        </message>
        <message>
            <source>The connection to {provider} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>与 {provider} 的连接在应答完成前断开。已收到的内容会保留；请重试以获取其余部分。</translation>
        </message>
        <message>
            <source>{provider} answered /models without a model list.</source>
            <translation>{provider} 对 /models 的应答中没有模型列表。</translation>
        </message>
        <message>
            <source>{provider} answered without embeddings.</source>
            <translation>{provider} 的应答中没有向量（embeddings）。</translation>
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
            <translation>{provider} 对任务查询的应答不是对象。</translation>
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
        <name>core.quota</name>
        <message numerus="yes">
            <source>The usage file was damaged ({problem}); it was kept as {file} and the %n call(s) that could still be read were kept.</source>
            <extracomment>What opening the file had to say (a damaged file kept aside), for the user. (provider, fingerprint, model or None for every model) -&gt; spent until provider -&gt; the label of the token that last brought figures or made a call</extracomment>
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
</TS>
