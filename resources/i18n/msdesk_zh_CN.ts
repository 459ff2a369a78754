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
</TS>
