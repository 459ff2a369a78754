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
