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
            <translation>聊天</translation>
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
            <translation>打开模型卡片，或与模型开始聊天</translation>
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
            <source>Quit msdesk?</source>
            <translation>退出 msdesk？</translation>
        </message>
        <message>
            <source>Work is still in progress: {work}.</source>
            <translation>仍有工作在进行：{work}。</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator between pieces of work</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>Quitting stops it. Quit anyway?</source>
            <translation>退出会中止这些工作。仍要退出吗？</translation>
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
            <extracomment>Past this many characters in total, code blocks are no longer coloured. Code and table headers sit on light backgrounds in either palette, so their text is dark too (left to the palette, it would be light on light in a dark theme); quotes are a grey that reads on light and dark backgrounds alike. A code renderer: (code, language, env) -&gt; HTML. ``env`` is the dict given to ``render``.</extracomment>
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
            <translation>与此模型聊天</translation>
        </message>
        <message>
            <source>Open a new chat with this model</source>
            <translation>用此模型新建聊天</translation>
        </message>
        <message>
            <source>Draw an image</source>
            <translation>生成图片</translation>
        </message>
        <message>
            <source>Open a new chat with this image model: describe the picture in a message and send it</source>
            <translation>用此图像模型新建聊天：在消息中描述图片并发送</translation>
        </message>
        <message>
            <source>No chat with this model: an embedding model turns text into vectors for search and retrieval, it does not answer. Programs call it through the API-Inference embeddings endpoint.</source>
            <translation>无法与此模型聊天：嵌入模型将文本转换为向量，用于搜索和检索，不会作答。程序通过 API-Inference 推理服务的 embeddings 接口调用它。</translation>
        </message>
        <message>
            <source>No chat with this model: it is a model of another kind. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型聊天：它属于其他类型。msdesk 可与文本和视觉模型聊天，并用图像模型生成图片。</translation>
        </message>
        <message>
            <source>No chat with this model: it is an {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型聊天：它是“{task}”模型。msdesk 可与文本和视觉模型聊天，并用图像模型生成图片。</translation>
        </message>
        <message>
            <source>No chat with this model: it is a {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>无法与此模型聊天：它是“{task}”模型。msdesk 可与文本和视觉模型聊天，并用图像模型生成图片。</translation>
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
            <translation>添加到魔搭模型</translation>
        </message>
        <message>
            <source>Add &lt;b&gt;{model}&lt;/b&gt; to your ModelScope models as:</source>
            <translation>将 &lt;b&gt;{model}&lt;/b&gt; 添加到你的魔搭模型，类型为：</translation>
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
            <translation>已将 {model} 添加到你的魔搭模型。</translation>
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
            <translation>下载 {downloads} 次，点赞 {likes} 个</translation>
        </message>
        <message>
            <source>Open on modelscope.cn ↗</source>
            <translation>在 modelscope.cn 上打开 ↗</translation>
        </message>
        <message>
            <source>Already in your ModelScope models</source>
            <translation>已在你的魔搭模型中</translation>
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
            <translation>视觉（图像 + 文本）</translation>
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
            <extracomment>Local sort keys (the same names as the hub's sorts).</extracomment>
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
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Task: {tasks}</source>
            <translation>任务：{tasks}</translation>
        </message>
        <message>
            <source>{downloads} downloads · {likes} likes</source>
            <translation>下载 {downloads} 次 · 点赞 {likes} 个</translation>
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
            <extracomment>Load the next page when the list is scrolled to within this many rows of its end.</extracomment>
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
            <extracomment>The gateway's model list is asked apart from the searches (it does not make the page busy).</extracomment>
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
            <translation>已加载的模型中没有与“{text}”匹配的。正在搜索模型库…</translation>
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
            <translation>已用 {model} 新建聊天</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.__init__</name>
        <message>
            <source>{text} · back at {time}</source>
            <extracomment>The slow tick of both widgets (the countdown moves by the minute). Under this share of the limit left, the figures turn amber.</extracomment>
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
            <translation>尚未保存 {provider} 的令牌。请在“设置”中添加。</translation>
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
                <numerusform>今天约 %n 次调用 · 限额未知</numerusform>
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
                <numerusform>今天约 %n 次调用（msdesk 计数）</numerusform>
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
            <translation>所有令牌均已用完</translation>
        </message>
        <message>
            <source>All tokens spent for this model</source>
            <translation>所有令牌对此模型均已用完</translation>
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
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
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
            <extracomment>The narrowest the item gets when the status bar is short of room (then the text is elided).</extracomment>
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
            <extracomment>Without a call in between, the credit balance is asked for again at most this often.</extracomment>
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
            <extracomment>The model the Chat page talks to: the credit line says what a call of it costs.</extracomment>
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
                <numerusform>今天约 %n 次调用（msdesk 计数）</numerusform>
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
            <translation>最近 {days} 天内 msdesk 尚未用此令牌调用：聊天后图表会逐渐填充。</translation>
        </message>
        <message>
            <source>No calls by msdesk with {provider} in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>最近 {days} 天内 msdesk 尚未调用 {provider}：聊天后图表会逐渐填充。</translation>
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
            <translation>据报道，魔搭以积分（每日发放）计量免费的 API-Inference 推理服务；只要魔搭返回余额，msdesk 就会显示。</translation>
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
            <translation>请在“设置”中添加</translation>
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
