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
            <extracomment>The link scheme of a code block's "Copy" link: ``msdesk-copy:&lt;n&gt;``, n counts code blocks. A code piece ends before an unindented line that follows a blank line once it has this many characters, before any unindented line at ``_PIECE_MID``, before any line at all at ``_PIECE_MAX`` (colouring restarts at each piece). A piece longer than this (one very long line) is shown plain. Line endings as markdown-it normalises them (before it parses). What may follow the last text of a tail for plain text to be appended to it: closing tags of elements that end with the document (not a table cell, whose table a block follows).</extracomment>
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
            <extracomment>The reasoning box grows with its text up to this height, then scrolls.</extracomment>
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
            <translation>回答被中断，已收到的内容已保留。</translation>
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
            <translation>打开模型页（API-Inference 筛选项显示可调用的模型）</translation>
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
    </context>
    <context>
        <name>ui.chat.model_picker</name>
        <message>
            <source>{label}, current model</source>
            <extracomment>What the search looks in (casefolded); headers have none. The popup's text of a model row. Tasks a conversation can use: chat, vision chat, image generation.</extracomment>
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
            <extracomment>Messages built when a conversation opens, and per "older" page... ...unless their text is longer than this: long answers take long to lay out. A page always has at least this many messages. How long the conversation list waits after a notice of change, so a burst of writes is one look.</extracomment>
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
            <translation>系统提示词、temperature、top_p、最大 Token 数、上下文</translation>
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
            <extracomment>A flat scroll bar in the palette's colours. It is painted again whenever the column grows (each new line of a streaming answer); the platform style's shaded groove is drawn in parallel pieces on Qt's thread pool, which costs more than it saves at that size. Distance from the top (pixels) at which older messages are fetched.</extracomment>
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
            <extracomment>The runner key of the turn in progress.</extracomment>
            <translation>已停止，已保留部分回答</translation>
        </message>
    </context>
</TS>
