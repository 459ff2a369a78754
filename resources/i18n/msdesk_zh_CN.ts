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
        <name>ui.settings.fallback_section</name>
        <message>
            <source>Failover when the quota is spent</source>
            <translation>额度用尽时的故障转移</translation>
        </message>
        <message>
            <source>When every token is spent</source>
            <translation>所有访问令牌的额度都用尽时</translation>
        </message>
        <message>
            <source>A request that gets 429 goes to the next token of the same provider that has calls left. When none has, it goes here (only before the answer starts; the usage line says who answered). Without a fallback you see when the quota comes back.</source>
            <translation>收到 429 的请求会转到同一服务商中仍有剩余调用次数的下一个访问令牌。如果都已用尽，则转到这里（仅限回答开始之前；用量行会显示由谁回答）。未设置备用时，会显示额度何时恢复。</translation>
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
            <translation>已保存：额度用尽后转到 {model}（{provider}）。</translation>
        </message>
        <message>
            <source>Saved: no fallback; a spent quota shows when it comes back.</source>
            <translation>已保存：不使用备用；额度用尽时显示其恢复时间。</translation>
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
                <numerusform>添加显示的 {group} 模型中尚未在你列表中的 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Every shown {group} model is in your list</source>
            <translation>显示的 {group} 模型都已在你的列表中</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n shown {group} model(s) from your list</source>
            <translation>
                <numerusform>从你的列表中移除显示的 %n 个 {group} 模型</numerusform>
            </translation>
        </message>
        <message>
            <source>No shown {group} model is in your list</source>
            <translation>显示的 {group} 模型都不在你的列表中</translation>
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
            <extracomment>The user's own capability values ({"reasoning": False}); they win over the table.</extracomment>
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
            <source>, </source>
            <comment>list separator</comment>
            <translation>，</translation>
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
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
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
            <translation>已存储在钥匙串中</translation>
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
            <translation>代理 URL(&amp;U)</translation>
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
</TS>
