<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
            <translation>用一次极小的对话请求（只输出一个 token）检测令牌“{label}”。</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>每个令牌将消耗一次当日调用额度。魔搭的每日额度在 UTC+8 的 00:00 重置。</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota.</source>
            <translation>每个令牌将消耗一次当日调用额度。</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>这将消耗该令牌一次当日调用额度。魔搭的每日额度在 UTC+8 的 00:00 重置。</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota.</source>
            <translation>这将消耗该令牌一次当日调用额度。</translation>
        </message>
        <message>
            <source>Cost of the check</source>
            <translation>检测的消耗</translation>
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
            <source>OpenAI-compatible</source>
            <translation>兼容 OpenAI</translation>
        </message>
        <message>
            <source>ModelScope-compatible</source>
            <translation>兼容魔搭</translation>
        </message>
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
模型列表、嵌入和图像请求发往 {root}/…</translation>
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
            <translation>msdesk 会在此地址后追加 /chat/completions。以 # 结尾则对话请求完全按所填地址发送；此时模型列表、嵌入和图像请求发往去掉 /chat/completions 后的地址。</translation>
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
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Which regional endpoint to use; keys work only in their own region</source>
            <translation>使用哪个区域的接入点；密钥只能在其所属区域使用</translation>
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
            <translation>API 令牌</translation>
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
            <translation>添加一个或多个 API 密钥；除非另行选择，默认使用第一个。</translation>
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
            <translation>获取令牌 ↗</translation>
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
            <translation>无法切换区域：{error}</translation>
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
            <translation>{provider} 的 API 密钥（如果它需要）。</translation>
        </message>
        <message>
            <source>Store the token in the keychain</source>
            <translation>将令牌保存到系统钥匙串</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>获取令牌 ↗</translation>
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
</TS>
