<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Identity</source>
        <translation>本人確認</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>The administrator adds the other staff in Settings › Staff.</source>
        <translation>ほかの職員は、管理者が 設定 › 職員 で追加します。</translation>
    </message>
    <message>
        <source>An administrator already exists; no new one is needed.</source>
        <translation>管理者はすでに登録されています。新たに登録する必要はありません。</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>ログイン名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>パスワード（確認）(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>ApplyStep</name>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Send the online application on the tablet with the resident. Press the button when the tablet says it was sent.</source>
        <translation>本人と一緒にタブレットでオンライン申請を送信してください。タブレットに送信完了と表示されたら、ボタンを押してください。</translation>
    </message>
    <message>
        <source>&amp;Online application sent</source>
        <translation>オンライン申請送信済(&amp;O)</translation>
    </message>
    <message>
        <source>Pa&amp;per application: the resident posts the form</source>
        <translation>郵送申請：本人が申請書を郵送(&amp;P)</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>まだ送信していません。</translation>
    </message>
    <message>
        <source>Online application sent at {time}.</source>
        <translation>{time}にオンライン申請を送信しました。</translation>
    </message>
    <message>
        <source>Paper application: the resident posts the form.</source>
        <translation>郵送申請：本人が申請書を郵送します。</translation>
    </message>
</context>
<context>
    <name>ArrivalTab</name>
    <message>
        <source>Scan the QR code, or type the application ID, name or furigana</source>
        <translation>QRコードを読み取るか、申請書ID・氏名・フリガナを入力</translation>
    </message>
    <message>
        <source>Find the card&apos;s case</source>
        <translation>カードの案件を検索</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>カード(&amp;C)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Register at once when a scanned ID matches one card</source>
        <translation>読み取ったIDが1枚のカードと一致したら、すぐに到着登録する</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>申請書ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>&amp;Register arrival</source>
        <translation>到着登録(&amp;R)</translation>
    </message>
    <message>
        <source>Card applied for elsewhere (no case here yet)</source>
        <translation>窓口以外で申請されたカード（案件未作成）</translation>
    </message>
    <message>
        <source>Resident: furigana, phone number or birth date</source>
        <translation>住民：フリガナ、電話番号または生年月日</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>住民を検索</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Application ID (23 digits, optional)</source>
        <translation>申請書ID（23桁、任意）</translation>
    </message>
    <message>
        <source>Application ID of the card applied for elsewhere</source>
        <translation>窓口以外で申請されたカードの申請書ID</translation>
    </message>
    <message>
        <source>&amp;Open case as arrived</source>
        <translation>到着として案件を作成(&amp;O)</translation>
    </message>
    <message>
        <source>Arrived, set-up pending</source>
        <translation>到着・交付前設定待ち</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Cards waiting for set-up</source>
        <translation>交付前設定待ちのカード</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Set-up &amp;done</source>
        <translation>設定済にする(&amp;D)</translation>
    </message>
    <message>
        <source>Record that the pre-handover set-up of the selected cards is done</source>
        <translation>選択したカードの交付前設定が完了したことを記録します</translation>
    </message>
    <message>
        <source>Arrived, set-up pending ({n})</source>
        <translation>到着・交付前設定待ち（{n}）</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>No card case found. Check what was typed, or open a case below for a card applied for elsewhere.</source>
        <translation>該当する案件がありません。入力内容を確認するか、窓口以外で申請されたカードとして下で案件を作成してください。</translation>
    </message>
    <message>
        <source>This card is already registered: {state}.</source>
        <translation>このカードは登録済みです：{state}</translation>
    </message>
    <message>
        <source>{n} found. Press Enter on a row to register its arrival.</source>
        <translation>{n} 件見つかりました。行を選んで Enter キーを押すと到着登録します。</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Arrived: {name} ({route}).</source>
        <translation>到着登録しました：{name}（{route}）</translation>
    </message>
    <message>
        <source>Find and choose the resident first.</source>
        <translation>先に住民を検索して選択してください。</translation>
    </message>
    <message>
        <source>Select the cards whose set-up is done.</source>
        <translation>交付前設定が完了したカードを選択してください。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Set-up recorded for {n} card(s).</source>
        <translation>{n}枚のカードを設定済にしました。</translation>
    </message>
</context>
<context>
    <name>Assist</name>
    <message>
        <source>Preparing the ticket…</source>
        <translation>番号札を準備しています…</translation>
    </message>
    <message>
        <source>Preparing the slip…</source>
        <translation>案内票を準備しています…</translation>
    </message>
    <message>
        <source>Identity confirmed: {rule}.</source>
        <translation>本人確認済：{rule}</translation>
    </message>
</context>
<context>
    <name>AssistChannel</name>
    <message>
        <source>Online application</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <source>Paper application to be posted</source>
        <translation>郵送申請（申請書を郵送）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>郵送</translation>
    </message>
</context>
<context>
    <name>AssistFlow</name>
    <message>
        <source>Steps of the application</source>
        <translation>申請の手順</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>前の手順へ（Alt+←）</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>中断…</translation>
    </message>
    <message>
        <source>Stop the application with a reason; resume it later (Esc)</source>
        <translation>理由を付けて申請を中断し、あとで再開します（Esc）</translation>
    </message>
    <message>
        <source>New walk-in resident</source>
        <translation>予約なしの新規住民</translation>
    </message>
    <message>
        <source>Queue number {number}</source>
        <translation>受付番号 {number}</translation>
    </message>
    <message>
        <source>Pop-up: {venue}</source>
        <translation>出張：{venue}</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>{minutes} min so far</source>
        <translation>経過 {minutes}分</translation>
    </message>
    <message>
        <source>Finish (Ctrl+Enter)</source>
        <translation>完了（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter) →</source>
        <translation>次へ（Ctrl+Enter）→</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Checking the resident in…</source>
        <translation>受付しています…</translation>
    </message>
    <message>
        <source>Recording the application…</source>
        <translation>申請を記録しています…</translation>
    </message>
    <message>
        <source>Stopping the application…</source>
        <translation>申請を中断しています…</translation>
    </message>
</context>
<context>
    <name>AssistForm</name>
    <message>
        <source>Typed from the form</source>
        <translation>申請書を見て入力</translation>
    </message>
    <message>
        <source>Read from the QR code</source>
        <translation>QRコードから読取</translation>
    </message>
    <message>
        <source>Scanned with the barcode scanner</source>
        <translation>バーコードリーダーで読取</translation>
    </message>
    <message>
        <source>No form: reissued on the national terminal</source>
        <translation>申請書なし：統合端末で再発行</translation>
    </message>
</context>
<context>
    <name>AssistPage</name>
    <message>
        <source>Assistance</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Pop-up venues</source>
        <translation>出張受付</translation>
    </message>
</context>
<context>
    <name>AssistPhoto</name>
    <message>
        <source>Taken on the spot</source>
        <translation>その場で撮影</translation>
    </message>
    <message>
        <source>Brought by the resident</source>
        <translation>本人が持参</translation>
    </message>
    <message>
        <source>None (child under one)</source>
        <translation>なし（1歳未満）</translation>
    </message>
</context>
<context>
    <name>AssistPrint</name>
    <message>
        <source>Queue ticket</source>
        <translation>受付番号札</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Please keep this ticket until the application is done.</source>
        <translation>申請が終わるまで、この番号札をお持ちください。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>無</translation>
    </message>
    <message>
        <source>about {min} to {max} weeks</source>
        <translation>約{min}～{max}週間後</translation>
    </message>
    <message>
        <source>Post the application form with your photo in the return envelope (no stamp needed).</source>
        <translation>交付申請書に写真を貼り、返信用封筒で郵送してください（切手は不要です）。</translation>
    </message>
    <message>
        <source>Your card will be sent by restricted-recipient post (本人限定受取郵便・特例型) in {weeks}.</source>
        <translation>カードは{weeks}に、本人限定受取郵便（特例型）でお送りします。</translation>
    </message>
    <message>
        <source>The post office first leaves an arrival notice. Take the notice and one photo ID to the post office within about 10 days, or the card returns to the city office.</source>
        <translation>まず郵便局から到着のお知らせが届きます。約10日以内に、そのお知らせと顔写真付きの本人確認書類1点をお持ちのうえ、郵便局でお受け取りください。期間を過ぎるとカードは市役所に返送されます。</translation>
    </message>
    <message>
        <source>Your card will be sent by simple registered post (簡易書留) in {weeks}: it is handed to you at your address.</source>
        <translation>カードは{weeks}に、簡易書留でご自宅にお届けします。</translation>
    </message>
    <message>
        <source>Your identity was checked today. In {weeks} a handover notice (交付通知書) arrives: come to the counter with it.</source>
        <translation>本日、本人確認を行いました。{weeks}に交付通知書が届きますので、交付通知書をお持ちのうえ窓口へお越しください。</translation>
    </message>
    <message>
        <source>In {weeks} a handover notice (交付通知書) postcard arrives. Book a time as written on it and come to the counter with the things below.</source>
        <translation>{weeks}に交付通知書（はがき）が届きます。記載の方法でご予約のうえ、下記の持ち物をお持ちになり窓口へお越しください。</translation>
    </message>
    <message>
        <source>Think of your PINs before you come: never write them on this paper.</source>
        <translation>暗証番号は来庁前にお考えください。この用紙には絶対に書かないでください。</translation>
    </message>
    <message>
        <source>For the post office: the arrival notice and one photo ID</source>
        <translation>郵便局でのお受け取りに：到着のお知らせと顔写真付きの本人確認書類1点</translation>
    </message>
    <message>
        <source> (No. {number})</source>
        <translation>（受付番号 {number}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Form ID {id}</source>
        <translation>申請書ID {id}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請方法</translation>
    </message>
    <message>
        <source>Certificates: {cert} / Braille: {braille} / Face recognition card: {face}</source>
        <translation>電子証明書：{cert} ／ 点字：{braille} ／ 顔認証カード：{face}</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択事項</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Checked at application</source>
        <translation>申請時に確認済</translation>
    </message>
    <message>
        <source>Your card application</source>
        <translation>マイナンバーカード申請のご案内</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>今後の流れ</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>お持ちいただくもの</translation>
    </message>
    <message>
        <source>Questions: {office}, TEL {phone}</source>
        <translation>お問い合わせ：{office}&#x3000;TEL {phone}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>連絡先名</translation>
    </message>
    <message>
        <source>Application form ID</source>
        <translation>申請書ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>申請方法</translation>
    </message>
    <message>
        <source>Cert.</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>点字</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>reissued</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Application support ledger</source>
        <translation>申請サポート受付簿</translation>
    </message>
    <message>
        <source>{n} application(s); {m} minutes on average.</source>
        <translation>{n}件、平均{m}分。</translation>
    </message>
</context>
<context>
    <name>AssistSettingsPage</name>
    <message>
        <source> weeks</source>
        <translation> 週間</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5用紙</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80 mm ロール紙</translation>
    </message>
    <message>
        <source>Show the print preview first</source>
        <translation>先に印刷プレビューを表示する</translation>
    </message>
    <message>
        <source>Guidance slip</source>
        <translation>案内票</translation>
    </message>
    <message>
        <source>The notice usually arrives after:</source>
        <translation>交付通知書が届くまでの目安：</translation>
    </message>
    <message>
        <source>What to bring (one a line; empty = the standard list):</source>
        <translation>持ち物（1行に1つ。空欄の場合は標準の一覧）：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QRコード</translation>
    </message>
    <message>
        <source>Camera number:</source>
        <translation>カメラ番号：</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>AssistSlip</name>
    <message>
        <source>The handover notice (交付通知書) postcard</source>
        <translation>交付通知書（はがき）</translation>
    </message>
    <message>
        <source>One photo ID (driving licence, passport …) or two other documents (insurance card, pension book …)</source>
        <translation>顔写真付きの本人確認書類1点（運転免許証、パスポートなど）、またはその他の書類2点（資格確認書、年金手帳など）</translation>
    </message>
    <message>
        <source>Your notification card (通知カード), if you have one</source>
        <translation>通知カード（お持ちの方のみ）</translation>
    </message>
    <message>
        <source>Your Basic Resident Registration card (住基カード), if you have one</source>
        <translation>住民基本台帳カード（お持ちの方のみ）</translation>
    </message>
    <message>
        <source>Your current My Number Card, if you are renewing it</source>
        <translation>現在お持ちのマイナンバーカード（更新の方のみ）</translation>
    </message>
</context>
<context>
    <name>AssistStatus</name>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申請済</translation>
    </message>
</context>
<context>
    <name>AssistStep</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>交付申請書</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Identity check (card by post)</source>
        <translation>本人確認（カード郵送）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>What to bring at handover</source>
        <translation>交付時の持ち物</translation>
    </message>
</context>
<context>
    <name>AssistTab</name>
    <message>
        <source>Opening the resident…</source>
        <translation>住民の記録を開いています…</translation>
    </message>
</context>
<context>
    <name>AssistTodayPanel</name>
    <message>
        <source>Applications today:</source>
        <translation>本日の申請：</translation>
    </message>
    <message>
        <source>Waiting for support:</source>
        <translation>申請サポート待ち：</translation>
    </message>
    <message>
        <source>In progress / suspended:</source>
        <translation>対応中・中断：</translation>
    </message>
    <message>
        <source>Pop-up sessions today:</source>
        <translation>本日の出張受付：</translation>
    </message>
    <message>
        <source>{n} ({post} by post)</source>
        <translation>{n}（うち郵送 {post}）</translation>
    </message>
    <message>
        <source>, {m:.1f} min each</source>
        <translation>、1件あたり {m:.1f}分</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Viewed</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>削除（保存期間経過）</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>カード読取</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Card case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来庁</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Count event</source>
        <translation>集計記録</translation>
    </message>
    <message>
        <source>Mailing batch</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Mailed card</source>
        <translation>郵送カード</translation>
    </message>
    <message>
        <source>Handover notice</source>
        <translation>交付通知書</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>集計表</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>窓口の基本情報</translation>
    </message>
    <message>
        <source>Dated setting</source>
        <translation>年月日別の設定</translation>
    </message>
    <message>
        <source>Entry {seq} of PC {device} ({when}) was changed after it was written.</source>
        <translation>PC {device} の記録 {seq}（{when}）は、書き込み後に変更されています。</translation>
    </message>
    <message>
        <source>Entry {seq} of PC {device} is missing: it was deleted from the middle of the trail.</source>
        <translation>PC {device} の記録 {seq} がありません。監査ログの途中から削除されています。</translation>
    </message>
    <message>
        <source>Entry {seq} of PC {device} ({when}) does not follow the entry before it: entries were inserted, renumbered or rewritten.</source>
        <translation>PC {device} の記録 {seq}（{when}）が直前の記録とつながりません。記録の挿入、番号の付け替え、または書き換えが行われています。</translation>
    </message>
    <message>
        <source>Entries {seq} to {last} of PC {device} are missing at the end: the latest backup recorded {last} entries, the trail now ends before them.</source>
        <translation>PC {device} の記録 {seq}～{last} が末尾から失われています。最新のバックアップ時点では {last} 件の記録がありましたが、現在の監査ログはそれより前で終わっています。</translation>
    </message>
    <message>
        <source>Entry {seq} of PC {device} ({when}) differs from the one recorded with the latest backup.</source>
        <translation>PC {device} の記録 {seq}（{when}）が、最新のバックアップ時点の記録と異なります。</translation>
    </message>
    <message>
        <source>Entry {seq} of PC {device} is broken.</source>
        <translation>PC {device} の記録 {seq} が壊れています。</translation>
    </message>
    <message>
        <source>(entry id {id})</source>
        <translation>（記録ID {id}）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>操作コード</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>対象の種類</translation>
    </message>
    <message>
        <source>Kind code</source>
        <translation>種類コード</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>記録ID</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <source>All staff</source>
        <translation>すべての職員</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Record id (optional)</source>
        <translation>対象のID（任意）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>検索(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>職員(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>対象の種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>監査ログの記録</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <source>Check for tam&amp;pering</source>
        <translation>改ざんの確認(&amp;P)</translation>
    </message>
    <message>
        <source>Check every PC&apos;s chain of entries against the latest backup</source>
        <translation>すべてのPCの記録の連なりを、最新のバックアップと照合します</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSVで書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the entries shown by the filters to a CSV file (Ctrl+E)</source>
        <translation>絞り込みで表示中の記録を CSV ファイルに書き出します（Ctrl+E）</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>{shown} of {total} entries shown</source>
        <translation>{total}件中{shown}件を表示</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>No tampering found: every PC&apos;s chain of entries is intact.</source>
        <translation>改ざんは見つかりませんでした。すべてのPCの記録は正常につながっています。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>監査ログが改ざんされています：</translation>
    </message>
    <message>
        <source>Audit trail broken</source>
        <translation>監査ログの異常</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>監査ログを書き出しました</translation>
    </message>
    <message>
        <source>Wrote {n} entries to {path}.</source>
        <translation>{path} に{n}件の記録を書き出しました。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き出しています…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>このPC</translation>
    </message>
    <message>
        <source>Write a backup</source>
        <translation>バックアップの書き出し</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Madoguchi backs up the office database once a day and whenever it closes, into the backups folder of the data folder: {folder}. The newest backup of each of the last days is kept. These copies protect against a damaged database, not against losing this PC: write an encrypted backup to carry elsewhere as well.</source>
        <translation>Madoguchi は、1日1回と終了するたびに、窓口のデータベースをデータフォルダー内のバックアップフォルダー（{folder}）にバックアップします。直近の各日について最新のバックアップを保存します。これはデータベースの破損に備えるもので、このPC自体の紛失・故障には備えられません。暗号化したバックアップも書き出し、別の場所に保管してください。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>今すぐバックアップ(&amp;N)</translation>
    </message>
    <message>
        <source>Writes a copy of the whole office database, encrypted with the office backup passphrase, to a file you choose (for example a USB drive kept locked away). Without the passphrase the file cannot be read. Writing a copy is recorded in the audit trail.</source>
        <translation>窓口のデータベース全体を、窓口のバックアップ用パスフレーズで暗号化して、指定したファイル（施錠して保管する USB メモリーなど）に書き出します。パスフレーズがなければファイルは読めません。書き出しは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Office backup passphrase</source>
        <translation>窓口のバックアップ用パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Write backup…</source>
        <translation>バックアップを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>Office backup &amp;passphrase</source>
        <translation>窓口のバックアップ用パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Replaces ALL of the office&apos;s records with those of a backup: work recorded after the backup was taken is lost. The current database is kept in the backups folder first. A file that is not a Madoguchi backup, damaged, written by a newer Madoguchi or opened with a wrong passphrase is refused before anything is changed. Afterwards everyone logs in again.</source>
        <translation>窓口のすべての記録をバックアップの内容で置き換えます。バックアップ作成後に記録した内容は失われます。現在のデータベースは、先にバックアップフォルダーに保存します。Madoguchi のバックアップでないファイル、破損したファイル、新しいバージョンの Madoguchi で作成されたファイル、パスフレーズが違うファイルは、何も変更する前に拒否します。復元後は全員がログインし直します。</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Choose a backup and restore…</source>
        <translation>バックアップを選んで復元(&amp;C)…</translation>
    </message>
    <message>
        <source>Passphrase (&amp;encrypted backups)</source>
        <translation>パスフレーズ（暗号化バックアップ用）(&amp;E)</translation>
    </message>
    <message>
        <source>Encrypted backups use one office passphrase, set here by an administrator. Madoguchi keeps only a check value, never the passphrase: write it down and keep it locked away, apart from the backups. Without it an encrypted backup cannot be restored. Use at least {n} characters.</source>
        <translation>暗号化バックアップには、管理者がここで設定する窓口共通のパスフレーズを使用します。Madoguchi は確認用の値だけを保存し、パスフレーズ自体は保存しません。パスフレーズは書き留めて、バックアップとは別の場所に施錠して保管してください。パスフレーズがないと暗号化バックアップは復元できません。{n}文字以上にしてください。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>パスフレーズを設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新しいパスフレーズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>終了時</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>The office backup passphrase was set on {when}.</source>
        <translation>窓口のバックアップ用パスフレーズは{when}に設定されました。</translation>
    </message>
    <message>
        <source>No office backup passphrase is set yet: an administrator sets it first.</source>
        <translation>窓口のバックアップ用パスフレーズはまだ設定されていません。先に管理者が設定してください。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Enter the office backup passphrase.</source>
        <translation>窓口のバックアップ用パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Write an encrypted backup</source>
        <translation>暗号化バックアップの書き出し</translation>
    </message>
    <message>
        <source>Madoguchi backup (*{ext})</source>
        <translation>Madoguchi バックアップ (*{ext})</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを書き出しています…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>バックアップを書き出しました</translation>
    </message>
    <message>
        <source>The encrypted backup was written to {path}. Keep it locked away.</source>
        <translation>暗号化バックアップを {path} に書き出しました。施錠して保管してください。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>復元するバックアップを選択</translation>
    </message>
    <message>
        <source>Madoguchi backups (*{ext} *.sqlite3);;All files (*)</source>
        <translation>Madoguchi バックアップ (*{ext} *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>バックアップを確認しています…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>このバックアップを復元しますか？</translation>
    </message>
    <message>
        <source>The backup {name} (taken {when}) passed every check. Replace all of the office&apos;s records with it now? Work recorded after {when} is lost; the current database is kept in the backups folder. Everyone is logged out.</source>
        <translation>バックアップ {name}（{when}作成）はすべての確認に合格しました。窓口のすべての記録をこのバックアップで置き換えますか？ {when}より後に記録した内容は失われます。現在のデータベースはバックアップフォルダーに保存します。全員がログアウトされます。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept as {path}. Please log in again.</source>
        <translation>バックアップを復元しました。それまでのデータベースは {path} として保存しました。ログインし直してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>2つのパスフレーズが一致しません。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>BatchDetail</name>
    <message>
        <source>Choose or make a batch</source>
        <translation>発送を選択または作成してください</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>郵送方法</translation>
    </message>
    <message>
        <source>Postage (yen)</source>
        <translation>郵送料（円）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>発送する郵便物</translation>
    </message>
    <message>
        <source>Scan or type the tracking number of the selected item</source>
        <translation>選択した郵便物の追跡番号を読み取るか入力</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>追跡番号(&amp;T)：</translation>
    </message>
    <message>
        <source>Remove from batch</source>
        <translation>発送から外す</translation>
    </message>
    <message>
        <source>&amp;Mailing list…</source>
        <translation>発送一覧(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>宛名ラベル(&amp;L)…</translation>
    </message>
    <message>
        <source>skip </source>
        <translation>使用済み </translation>
    </message>
    <message>
        <source>Labels already used on the first sheet</source>
        <translation>1枚目の用紙で使用済みのラベル数</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet (a partly used sheet)</source>
        <translation>1枚目の用紙で使用済みのラベル数（使いかけの用紙）</translation>
    </message>
    <message>
        <source>C&amp;over letters…</source>
        <translation>送付状(&amp;O)…</translation>
    </message>
    <message>
        <source>Date the batch was sent</source>
        <translation>発送日</translation>
    </message>
    <message>
        <source>Date &amp;sent:</source>
        <translation>発送日(&amp;S)：</translation>
    </message>
    <message>
        <source>Record as s&amp;ent</source>
        <translation>発送済にする(&amp;E)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>準備中の発送を破棄</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>印刷：</translation>
    </message>
    <message>
        <source>Batch No. {number}: being prepared, {n} item(s), {missing} without a tracking number</source>
        <translation>発送No.{number}：準備中、{n}件（追跡番号未入力 {missing}件）</translation>
    </message>
    <message>
        <source>Batch No. {number}: sent on {date}, {n} item(s), {yen} yen</source>
        <translation>発送No.{number}：{date}発送、{n}件、{yen}円</translation>
    </message>
    <message>
        <source>Select the item the tracking number belongs to.</source>
        <translation>追跡番号を入力する郵便物を選択してください。</translation>
    </message>
    <message>
        <source>Item {position}: {number}</source>
        <translation>{position}件目：{number}</translation>
    </message>
    <message>
        <source>Remove item {position} ({name}) from batch No. {batch}?</source>
        <translation>{batch}番のバッチから{position}番（{name}）を外しますか？</translation>
    </message>
    <message>
        <source>Its tracking number is cleared; the label printed for it is not used.</source>
        <translation>入力した追跡番号は消去されます。この郵便物用に印刷したラベルは使いません。</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>文書を準備中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Batch No. {number} recorded as sent: {n} item(s), {yen} yen.</source>
        <translation>発送No.{number}を発送済にしました：{n}件、{yen}円</translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>発送の破棄</translation>
    </message>
    <message>
        <source>Discard batch No. {number}? Its cards go back to the list of cards ready for mailing.</source>
        <translation>発送No.{number}を破棄しますか？ カードは発送待ちの一覧に戻ります。</translation>
    </message>
</context>
<context>
    <name>BatchesTab</name>
    <message>
        <source>Ready for mailing</source>
        <translation>発送待ち</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>郵送方法</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定日</translation>
    </message>
    <message>
        <source>Cards ready for mailing</source>
        <translation>発送待ちのカード</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>新しい発送(&amp;N)</translation>
    </message>
    <message>
        <source>Make a new mailing batch of the selected cards</source>
        <translation>選択したカードで新しい発送を作成します</translation>
    </message>
    <message>
        <source>Add to &amp;batch</source>
        <translation>選択中の発送に追加(&amp;B)</translation>
    </message>
    <message>
        <source>Add the selected cards to the batch being prepared</source>
        <translation>選択したカードを準備中の発送に追加します</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>追跡番号なし</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Mailing batches</source>
        <translation>発送の一覧</translation>
    </message>
    <message>
        <source>Ready for mailing ({n})</source>
        <translation>発送待ち（{n}）</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>発送済</translation>
    </message>
    <message>
        <source>Select the cards to mail (Ctrl+A selects them all).</source>
        <translation>郵送するカードを選択してください（Ctrl+A ですべて選択）。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Select the cards, and a batch being prepared to add them to.</source>
        <translation>カードと、追加先の準備中の発送を選択してください。</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Check in (F6)</source>
        <translation>受付（F6）</translation>
    </message>
    <message>
        <source>Call next (F7)</source>
        <translation>次の番号を呼出（F7）</translation>
    </message>
    <message>
        <source>Absent (F8)</source>
        <translation>不在（F8）</translation>
    </message>
    <message>
        <source>Open visit (Enter)</source>
        <translation>来庁記録を開く（Enter）</translation>
    </message>
    <message>
        <source>Print ticket again</source>
        <translation>番号札を再印刷</translation>
    </message>
    <message>
        <source>Call display (F11)</source>
        <translation>呼出表示（F11）</translation>
    </message>
    <message>
        <source>Reason for a no-show correction</source>
        <translation>無断キャンセル訂正の理由</translation>
    </message>
    <message>
        <source>Correct no-show</source>
        <translation>無断キャンセルを訂正</translation>
    </message>
    <message>
        <source>Loading today&apos;s board…</source>
        <translation>本日の受付一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>{day} — {waiting} waiting</source>
        <translation>{day} — 待ち {waiting}人</translation>
    </message>
    <message>
        <source>{name} ({units} on duty, {n})</source>
        <translation>{name}（稼働 {units}、{n}件）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>予約なし</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>Select a booked resident who has not checked in yet.</source>
        <translation>まだ受付していない予約者を選択してください。</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>受付しています…</translation>
    </message>
    <message>
        <source>Preparing the ticket…</source>
        <translation>番号札を準備しています…</translation>
    </message>
    <message>
        <source>Select a resident who has checked in.</source>
        <translation>受付済みの住民を選択してください。</translation>
    </message>
    <message>
        <source>Nobody is waiting for {resource}.</source>
        <translation>{resource}の待ちはありません。</translation>
    </message>
    <message>
        <source>Calling the next number…</source>
        <translation>次の番号を呼び出しています…</translation>
    </message>
    <message>
        <source>Select a resident who was called and is not here.</source>
        <translation>呼び出しても不在だった住民を選択してください。</translation>
    </message>
    <message>
        <source>Marking absent…</source>
        <translation>不在にしています…</translation>
    </message>
    <message>
        <source>Select a resident marked as a no-show.</source>
        <translation>無断キャンセルになっている住民を選択してください。</translation>
    </message>
    <message>
        <source>Correcting…</source>
        <translation>訂正しています…</translation>
    </message>
    <message>
        <source>Select a resident being served (call them with F7 first).</source>
        <translation>対応中の住民を選択してください（先に F7 で呼び出してください）。</translation>
    </message>
</context>
<context>
    <name>BookTab</name>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Next free slot (F2)</source>
        <translation>次の空き枠（F2）</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>空き時間</translation>
    </message>
    <message>
        <source>Only to book outside the booking window</source>
        <translation>予約受付期間外に予約する場合のみ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>用件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Free &amp;times</source>
        <translation>空き時間(&amp;T)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>期間外予約の理由(&amp;R)</translation>
    </message>
    <message>
        <source>From the notice, e.g. ABC123456 (optional)</source>
        <translation>交付通知書に記載の番号（例：ABC123456、任意）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Reser&amp;vation number</source>
        <translation>予約番号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Group size</source>
        <translation>人数(&amp;G)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>メモ(&amp;E)</translation>
    </message>
    <message>
        <source>Booked b&amp;y</source>
        <translation>予約方法(&amp;Y)</translation>
    </message>
    <message>
        <source>Book (Ctrl+S)</source>
        <translation>予約する（Ctrl+S）</translation>
    </message>
    <message>
        <source>Clear (Ctrl+N)</source>
        <translation>クリア（Ctrl+N）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>予約者</translation>
    </message>
    <message>
        <source>Loading the booking plan…</source>
        <translation>予約の設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>空き時間を探しています…</translation>
    </message>
    <message>
        <source>{span}   ({free} free)</source>
        <translation>{span}   （空き {free}）</translation>
    </message>
    <message>
        <source>No free time on this day</source>
        <translation>この日は空きがありません</translation>
    </message>
    <message>
        <source>Choose a free time.</source>
        <translation>空き時間を選択してください。</translation>
    </message>
    <message>
        <source>Chosen: {day} {time}</source>
        <translation>選択中：{day} {time}</translation>
    </message>
    <message>
        <source>No free slot for this service in the booking window. Pick a date and give a reason to book outside the window.</source>
        <translation>予約受付期間内に、この用件の空き枠がありません。日付を選び、期間外に予約する理由を入力してください。</translation>
    </message>
    <message>
        <source>Looking for the next free slot…</source>
        <translation>次の空き枠を探しています…</translation>
    </message>
    <message>
        <source>Person 1 (booker)</source>
        <translation>1人目（予約者）</translation>
    </message>
    <message>
        <source>Person {n}</source>
        <translation>{n}人目</translation>
    </message>
    <message>
        <source>Choose a free time first (F2 finds the next one).</source>
        <translation>先に空き時間を選択してください（F2 で次の空き枠を探せます）。</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>予約しています…</translation>
    </message>
    <message>
        <source>Booked: {day} {span}, {names}. Tell the resident the day and time.</source>
        <translation>予約しました：{day} {span}、{names}。住民に日時をお伝えください。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Queue ticket</source>
        <translation>受付番号札</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
    <message>
        <source>Booked time</source>
        <translation>予約時刻</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>待ち時間の目安</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>約{n}分</translation>
    </message>
    <message>
        <source>you will be called soon</source>
        <translation>まもなくお呼びします</translation>
    </message>
    <message>
        <source>Please wait until your number is shown on the display.</source>
        <translation>番号が表示されるまで、しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Residents to call: bookings without a slot</source>
        <translation>連絡が必要な方：予約枠がなくなった予約</translation>
    </message>
    <message>
        <source>Day-before call list</source>
        <translation>前日連絡リスト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>連絡済</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Bookings of</source>
        <translation>予約日</translation>
    </message>
    <message>
        <source>Affected from</source>
        <translation>対象日</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>予約件数</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Online (imported)</source>
        <translation>オンライン（取込）</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>予約済</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>無断キャンセル</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>日時変更</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>内容変更</translation>
    </message>
    <message>
        <source>No-show corrected</source>
        <translation>無断キャンセルを訂正</translation>
    </message>
    <message>
        <source>Nth weekday of the month</source>
        <translation>毎月第n曜日</translation>
    </message>
    <message>
        <source>Last weekday of the month</source>
        <translation>毎月最終曜日</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>One extra day</source>
        <translation>臨時の1日</translation>
    </message>
    <message>
        <source>One-off closure</source>
        <translation>臨時閉庁</translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation>統合端末</translation>
    </message>
    <message>
        <source>Assistance desks</source>
        <translation>申請サポート窓口</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>統合端末</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>サポート窓口</translation>
    </message>
    <message>
        <source>Week {n} {weekday} of each month, {span}</source>
        <translation>毎月第{n}{weekday} {span}</translation>
    </message>
    <message>
        <source>Last {weekday} of each month, {span}</source>
        <translation>毎月最終{weekday} {span}</translation>
    </message>
    <message>
        <source>Every {weekdays}, {span}</source>
        <translation>毎週{weekdays} {span}</translation>
    </message>
    <message>
        <source>{day}, {span}</source>
        <translation>{day} {span}</translation>
    </message>
    <message>
        <source>{day}: closed</source>
        <translation>{day} 閉庁</translation>
    </message>
    <message>
        <source> (except months {months})</source>
        <translation>（{months}月を除く）</translation>
    </message>
    <message>
        <source> (also on holidays)</source>
        <translation>（祝日も実施）</translation>
    </message>
</context>
<context>
    <name>BookingDetail</name>
    <message>
        <source>No booking open</source>
        <translation>予約が開かれていません</translation>
    </message>
    <message>
        <source>Needed after the cancellation deadline</source>
        <translation>取消期限を過ぎた場合は必須</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>予約を取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel selected people</source>
        <translation>選択した人の予約を取消</translation>
    </message>
    <message>
        <source>&amp;Move to the chosen time</source>
        <translation>選択した日時に変更(&amp;M)</translation>
    </message>
    <message>
        <source>Sav&amp;e details</source>
        <translation>内容を保存(&amp;E)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>変更先</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Reservation number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>[rule overridden]</source>
        <translation>［規則外］</translation>
    </message>
    <message>
        <source>{span}   ({free} free)</source>
        <translation>{span}   （空き {free}）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
    <message>
        <source>Select the people to cancel in the list.</source>
        <translation>一覧で取り消す人を選択してください。</translation>
    </message>
    <message>
        <source>Choose the day and a free time to move to.</source>
        <translation>変更先の日と空き時間を選択してください。</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>変更しています…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Book (Alt+1)</source>
        <translation>予約（Alt+1）</translation>
    </message>
    <message>
        <source>Today&apos;s board (Alt+2)</source>
        <translation>本日の受付（Alt+2）</translation>
    </message>
    <message>
        <source>Find (Alt+3)</source>
        <translation>検索（Alt+3）</translation>
    </message>
    <message>
        <source>Week / month (Alt+4)</source>
        <translation>週・月（Alt+4）</translation>
    </message>
    <message>
        <source>Call lists (Alt+5)</source>
        <translation>連絡リスト（Alt+5）</translation>
    </message>
</context>
<context>
    <name>BookingSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>予約の規則</translation>
    </message>
    <message>
        <source>Bookings open this many days ahead</source>
        <translation>予約の受付開始（何日前から）</translation>
    </message>
    <message>
        <source>and close this many days before the day</source>
        <translation>予約の締切（何日前まで）</translation>
    </message>
    <message>
        <source>Residents may cancel until (days before)</source>
        <translation>取消の期限（何日前まで）</translation>
    </message>
    <message>
        <source>People per booking (booker included)</source>
        <translation>1件の予約の人数（予約者を含む）</translation>
    </message>
    <message>
        <source>No-show after the slot ends, plus</source>
        <translation>無断キャンセルとするまでの時間（予約枠の終了後）</translation>
    </message>
    <message>
        <source>Last time a booked slot may end</source>
        <translation>予約枠の最終終了時刻</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>設備</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>Slot length: {resource}</source>
        <translation>予約枠の長さ：{resource}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>Units on duty</source>
        <translation>稼働数</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Units on duty (from a date)</source>
        <translation>稼働数（日付別）</translation>
    </message>
    <message>
        <source>Without a value: the terminals in service (Values by date) or the office profile&apos;s terminals; for desks, the profile&apos;s tablets.</source>
        <translation>値がない場合：統合端末は稼働中の台数（年月日別の設定）または窓口の基本情報の台数を、申請サポート窓口は基本情報のタブレット数を使用します。</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>{service} uses</source>
        <translation>{service}で使用する設備</translation>
    </message>
</context>
<context>
    <name>BookingTodayPanel</name>
    <message>
        <source>Open today&apos;s board</source>
        <translation>本日の受付を開く</translation>
    </message>
    <message>
        <source>Booked today: {booked} (checked in {checked_in}, no-shows {no_show}). Waiting: {waiting}.</source>
        <translation>本日の予約：{booked}（受付済 {checked_in}、無断キャンセル {no_show}）。待ち：{waiting}</translation>
    </message>
    <message>
        <source>Next free handover slot: {day} {span}</source>
        <translation>交付の次の空き枠：{day} {span}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Regular hours</source>
        <translation>通常開庁</translation>
    </message>
    <message>
        <source>Weekend session</source>
        <translation>休日開庁</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>臨時開庁</translation>
    </message>
    <message>
        <source>Special closure</source>
        <translation>臨時閉庁</translation>
    </message>
    <message>
        <source>Year-end holidays</source>
        <translation>年末年始</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>No opening hours on this weekday</source>
        <translation>この曜日は開庁時間がありません</translation>
    </message>
    <message>
        <source>Opened by the administrator</source>
        <translation>管理者が開庁に設定</translation>
    </message>
    <message>
        <source>Closed by the administrator</source>
        <translation>管理者が閉庁に設定</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>From month</source>
        <translation>開始月</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>終了月</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Year-end days (by ordinance)</source>
        <translation>年末年始の閉庁日（条例による）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>個別設定</translation>
    </message>
    <message>
        <source>Override date</source>
        <translation>個別設定の日付</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>閉庁</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開庁</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>開庁・閉庁</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>個別設定を追加</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>個別設定を削除</translation>
    </message>
    <message>
        <source>Days forced open or closed</source>
        <translation>個別に開庁・閉庁とする日</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>表示する月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>開庁区分</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>月間の日程</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Select an override in the list first.</source>
        <translation>先に一覧から個別設定を選択してください。</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>カレンダーを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <source>Call display</source>
        <translation>呼出表示</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>お呼びしている番号</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <source>When your number is shown, please come to the counter.</source>
        <translation>番号が表示されましたら、窓口までお越しください。</translation>
    </message>
</context>
<context>
    <name>CallListTab</name>
    <message>
        <source>Ca&amp;ll list of the day</source>
        <translation>その日の連絡リスト(&amp;L)</translation>
    </message>
    <message>
        <source>Bookings &amp;without a slot</source>
        <translation>予約枠がなくなった予約(&amp;W)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSVで書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>{n} bookings have no slot any more: call these residents.</source>
        <translation>予約枠がなくなった予約が{n}件あります。これらの住民に連絡してください。</translation>
    </message>
    <message>
        <source>{n} bookings on {day}.</source>
        <translation>{day}の予約：{n}件</translation>
    </message>
    <message>
        <source>Show a list first.</source>
        <translation>先に一覧を表示してください。</translation>
    </message>
    <message>
        <source>Export the call list</source>
        <translation>連絡リストの書き出し</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>My Number Card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>old Basic Resident Register card (住基カード)</source>
        <translation>住民基本台帳カード（住基カード）</translation>
    </message>
    <message>
        <source>smartphone certificate</source>
        <translation>スマートフォン用電子証明書</translation>
    </message>
    <message>
        <source>another kind of card</source>
        <translation>その他のカード</translation>
    </message>
    <message>
        <source>No smart-card service</source>
        <translation>スマートカードサービスなし</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>カードリーダーなし</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>カードリーダー準備完了</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>カードリーダーにカードあり</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用不能</translation>
    </message>
</context>
<context>
    <name>CardReadAction</name>
    <message>
        <source>Read card</source>
        <extracomment>how the action gets its reader (tests set a short watchdog) the read ended: &quot;filled&quot;, &quot;declined&quot;, &quot;cancelled&quot; or a CardError code (&quot;wrong_pin&quot; …)</extracomment>
        <translation>カード読取</translation>
    </message>
    <message>
        <source>Read name, address and birth date from the My Number Card on the reader (Ctrl+R)</source>
        <translation>リーダー上のマイナンバーカードから氏名・住所・生年月日を読み取ります（Ctrl+R）</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <source>Recording the card read</source>
        <translation>カードの読み取りを記録中</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>カードの読み取り結果</translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation>カードを読み取れませんでした</translation>
    </message>
    <message>
        <source>Fill the form with what the card holds?</source>
        <translation>カードの内容を入力欄に反映しますか？</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>氏名：{value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>住所：{value}</translation>
    </message>
    <message>
        <source>(not on the card)</source>
        <translation>（カードに記録なし）</translation>
    </message>
    <message>
        <source>Birth date: {value}</source>
        <translation>生年月日：{value}</translation>
    </message>
    <message>
        <source>Sex: {value}</source>
        <translation>性別：{value}</translation>
    </message>
    <message>
        <source>Furigana and the postal code are not on the card: type them after filling.</source>
        <translation>フリガナと郵便番号はカードに記録されていません。反映後に入力してください。</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Card cases waiting for a photo</source>
        <translation>写真待ちの案件</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>写真を撮影</translation>
    </message>
    <message>
        <source>Waiting for a photo</source>
        <translation>写真待ち</translation>
    </message>
    <message>
        <source>No card case is waiting for a photo. Find the resident on the right.</source>
        <translation>写真待ちの案件はありません。右側で住民を検索してください。</translation>
    </message>
    <message>
        <source>Furigana, phone number or birth date</source>
        <translation>フリガナ、電話番号または生年月日</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>住民を検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Use this resident</source>
        <translation>この住民を使用</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>住民を検索</translation>
    </message>
    <message>
        <source>The photo goes on the resident&apos;s received card case; one is opened when there is none.</source>
        <translation>写真は住民の受付中のカード案件に付けます。案件がないときは新しく作成します。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message>
        <source>Type a furigana, a phone number or a birth date.</source>
        <translation>フリガナ、電話番号または生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>No resident found. Register the resident on the Residents page first.</source>
        <translation>該当する住民がいません。先に「住民」のページで登録してください。</translation>
    </message>
    <message>
        <source>Opening the card case…</source>
        <translation>案件を開いています…</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation>受付中</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申請済</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Card arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>設定済</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>通知済</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>発送済</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配達済</translation>
    </message>
    <message>
        <source>Returned by post</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Invited to the counter</source>
        <translation>来庁案内済</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交付済</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Accept despite failed checks</source>
        <translation>不適合の項目があっても使用する</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Note (needed for another reason)</source>
        <translation>メモ（「その他の理由」の場合は必須）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the shots (retake)</source>
        <translation>撮影に戻る（撮り直し）</translation>
    </message>
    <message>
        <source>&amp;Save to the card case</source>
        <translation>案件に保存(&amp;S)</translation>
    </message>
    <message>
        <source>All checks passed. Save the photo to the card case.</source>
        <translation>すべての確認項目に適合しました。写真を案件に保存してください。</translation>
    </message>
    <message>
        <source>{n} check(s) failed. Take the photo again, or — only for the reasons listed — accept it with a reason.</source>
        <translation>{n}件の確認項目が不適合です。撮影し直すか、一覧にある理由に該当する場合に限り、理由を付けて使用してください。</translation>
    </message>
    <message>
        <source>{n} check(s) failed. This photo cannot be used: take it again.</source>
        <translation>{n}件の確認項目が不適合です。この写真は使用できません。撮影し直してください。</translation>
    </message>
    <message>
        <source>&amp;Save with the reason</source>
        <translation>理由を付けて保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the office&apos;s data folder (default: the user data folder)</source>
        <translation>窓口のデータフォルダー（既定：ユーザーのデータフォルダー）</translation>
    </message>
    <message>
        <source>language of messages (default: the office setting)</source>
        <translation>メッセージの言語（既定：窓口の設定）</translation>
    </message>
    <message>
        <source>Madoguchi: the My Number Card counter. Without a command the application starts.</source>
        <translation>Madoguchi：マイナンバーカード窓口。コマンドを指定しないとアプリケーションが起動します。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了する</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>create a demo office with three months of activity and print its logins</source>
        <translation>3か月分の記録があるデモ窓口を作成し、ログイン情報を表示する</translation>
    </message>
    <message>
        <source>random seed (same seed, same demo)</source>
        <translation>乱数のシード（同じシードなら同じデモ）</translation>
    </message>
    <message>
        <source>manage staff accounts (administrators)</source>
        <translation>職員アカウントの管理（管理者）</translation>
    </message>
    <message>
        <source>add a staff account (without --user only while there is no administrator)</source>
        <translation>職員アカウントを追加する（--user なしで実行できるのは管理者がいない間だけ）</translation>
    </message>
    <message>
        <source>the staff member&apos;s name as shown</source>
        <translation>表示する職員の氏名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>list the staff accounts</source>
        <translation>職員アカウントの一覧を表示する</translation>
    </message>
    <message>
        <source>disable a staff account (it can no longer log in)</source>
        <translation>職員アカウントを無効にする（ログインできなくなります）</translation>
    </message>
    <message>
        <source>enable a staff account again (also unlocks it)</source>
        <translation>職員アカウントを再び有効にする（ロックも解除します）</translation>
    </message>
    <message>
        <source>set a new password for a staff account (also unlocks it)</source>
        <translation>職員アカウントに新しいパスワードを設定する（ロックも解除します）</translation>
    </message>
    <message>
        <source>read the new password from standard input (the line after --user&apos;s password, if that is read too)</source>
        <translation>新しいパスワードを標準入力から読み込む（--user のパスワードも読み込む場合は、その次の行）</translation>
    </message>
    <message>
        <source>An administrator already exists: add staff with --user LOGIN of an administrator and that administrator&apos;s password.</source>
        <translation>管理者はすでに登録されています。職員を追加するには、管理者のログイン名を --user LOGIN で指定し、その管理者のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Added {login} ({name}) as {role}.</source>
        <translation>{login}（{name}）を{role}として追加しました。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>Enabled {login}.</source>
        <translation>{login} を有効にしました。</translation>
    </message>
    <message>
        <source>Disabled {login}.</source>
        <translation>{login} を無効にしました。</translation>
    </message>
    <message>
        <source>Set a new password for {login}.</source>
        <translation>{login} に新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>There is no office database in {folder}. Check --data-dir, or start Madoguchi once to set up the office.</source>
        <translation>{folder} に窓口のデータベースがありません。--data-dir を確認するか、Madoguchi を一度起動して窓口を設定してください。</translation>
    </message>
    <message>
        <source>The database in {folder} cannot be opened (damaged, or not a Madoguchi database). Nothing was changed; ask the administrator to restore a backup.</source>
        <translation>{folder} のデータベースを開けません（破損しているか、Madoguchi のデータベースではありません）。何も変更していません。バックアップからの復元を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This data folder has no office profile yet. Start Madoguchi once to set up the office, or use &apos;madoguchi demo&apos; for a demo office.</source>
        <translation>このデータフォルダーには窓口の基本情報がまだありません。Madoguchi を一度起動して窓口を設定するか、デモ窓口を作成する場合は「madoguchi demo」を使用してください。</translation>
    </message>
    <message>
        <source>log in as this staff member</source>
        <translation>この職員としてログインする</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (else from MADOGUCHI_PASSWORD)</source>
        <translation>パスワードを標準入力の1行目から読み込む（指定しない場合は MADOGUCHI_PASSWORD から）</translation>
    </message>
    <message>
        <source>This command needs --user LOGIN and that staff member&apos;s password (with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD).</source>
        <translation>このコマンドには、--user LOGIN とその職員のパスワード（--password-stdin または環境変数 MADOGUCHI_PASSWORD で指定）が必要です。</translation>
    </message>
    <message>
        <source>No password given for {login}. Pass it on standard input with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD.</source>
        <translation>{login} のパスワードが指定されていません。--password-stdin で標準入力から渡すか、環境変数 MADOGUCHI_PASSWORD で指定してください。</translation>
    </message>
    <message>
        <source>appointment bookings (交付予約)</source>
        <translation>交付予約</translation>
    </message>
    <message>
        <source>import reservations from a CSV file</source>
        <translation>CSV ファイルから予約を取り込む</translation>
    </message>
    <message>
        <source>the column mapping (see samples/mapping.toml)</source>
        <translation>列の対応付け（samples/mapping.toml を参照）</translation>
    </message>
    <message>
        <source>check every row, write nothing</source>
        <translation>すべての行を確認するだけで、書き込まない</translation>
    </message>
    <message>
        <source>export bookings to a CSV file</source>
        <translation>予約を CSV ファイルに書き出す</translation>
    </message>
    <message>
        <source>the next free slot for a service</source>
        <translation>用件の次の空き枠</translation>
    </message>
    <message>
        <source>the bookings of a day</source>
        <translation>1日分の予約</translation>
    </message>
    <message>
        <source>the day-before call list (names, phone, time)</source>
        <translation>前日の連絡リスト（氏名・電話番号・時刻）</translation>
    </message>
    <message>
        <source>write it as CSV</source>
        <translation>CSV で書き出す</translation>
    </message>
    <message>
        <source>mark booked residents who did not come</source>
        <translation>来庁しなかった予約者を無断キャンセルにする</translation>
    </message>
    <message>
        <source>write the session rules into the calendar</source>
        <translation>開庁ルールをカレンダーに書き込む</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>The mapping file must be UTF-8 text.</source>
        <translation>対応付けファイルは UTF-8 のテキストにしてください。</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>{line}行目：{message}</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding}): {added} bookings to add, {people} new residents, {old} already imported.</source>
        <translation>{rows}行（{encoding}）：追加する予約 {added}件、新しい住民 {people}人、取込済み {old}件。</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows above and import the file again.</source>
        <translation>何も書き込んでいません。上記の行を修正して、もう一度ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>確認のみ：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>取り込みました。</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {file}.</source>
        <translation>{file} に{count}行を書き出しました。</translation>
    </message>
    <message>
        <source>No free slot in the booking window.</source>
        <translation>予約受付期間内に空き枠がありません。</translation>
    </message>
    <message>
        <source>use the form 2026-11</source>
        <translation>2026-11 の形式で指定してください</translation>
    </message>
    <message>
        <source>use the form 13:30</source>
        <translation>13:30 の形式で指定してください</translation>
    </message>
    <message>
        <source>list the day&apos;s assisted applications</source>
        <translation>その日の申請サポートの一覧を表示する</translation>
    </message>
    <message>
        <source>write the guidance slip of an application as a PDF</source>
        <translation>申請の案内票を PDF で出力する</translation>
    </message>
    <message>
        <source>write the ledger of assisted applications</source>
        <translation>申請サポート受付簿を出力する</translation>
    </message>
    <message>
        <source>read the application form ID from an image of the form</source>
        <translation>申請書の画像から申請書IDを読み取る</translation>
    </message>
    <message>
        <source>plan a pop-up venue session</source>
        <translation>出張受付の予定を登録する</translation>
    </message>
    <message>
        <source>list a month&apos;s pop-up venue sessions</source>
        <translation>1か月分の出張受付の一覧を表示する</translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation>対象月（既定：今月）</translation>
    </message>
    <message>
        <source>The file could not be written to {folder}. Check that the folder exists and is writable.</source>
        <translation>{folder} にファイルを書き込めませんでした。フォルダーがあり、書き込みできるか確認してください。</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>exit codes: 0 done, 1 refused (the message says why), 2 usage error, 3 no office, 4 login failed or not a supervisor</source>
        <translation>終了コード: 0 完了、1 拒否（理由を表示）、2 使い方の誤り、3 窓口データなし、4 ログイン失敗または監督者でない</translation>
    </message>
    <message>
        <source>review a day&apos;s count entries and cancel a wrong one (supervisor)</source>
        <translation>1日分の件数の記録を確認し、誤った記録を取り消す（監督者）</translation>
    </message>
    <message>
        <source>list one day&apos;s count entries, whether each still counts and why not</source>
        <translation>1日分の件数の記録を一覧表示（数えているか、取り消しの理由）</translation>
    </message>
    <message>
        <source>the business day (Japan time)</source>
        <translation>業務日（日本時間）</translation>
    </message>
    <message>
        <source>only this count kind (its key, e.g. handover)</source>
        <translation>この集計項目だけ（キー、例: handover）</translation>
    </message>
    <message>
        <source>cancel a count that still counts; the monthly figures drop by one</source>
        <translation>数えている記録を取り消す（月の集計が1件減ります）</translation>
    </message>
    <message>
        <source>the entry&apos;s id from &apos;counts list&apos;</source>
        <translation>「counts list」に表示された記録のID</translation>
    </message>
    <message>
        <source>why the count is cancelled (required, up to 200 characters)</source>
        <translation>取り消す理由（必須、200文字まで）</translation>
    </message>
    <message>
        <source>No count entries on {date}.</source>
        <translation>{date}の件数の記録はありません。</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>計上</translation>
    </message>
    <message>
        <source>cancelled ({reason})</source>
        <translation>取消（{reason}）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Cancelled the count {id} ({kind}, {date}).</source>
        <translation>件数の記録 {id}（{kind}、{date}）を取り消しました。</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請方法</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to は --from より前にできません。</translation>
    </message>
    <message>
        <source>Wrote {file} ({n} application(s)).</source>
        <translation>{file} を書き出しました（{n}件）。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>ファイル {file} がありません。</translation>
    </message>
    <message>
        <source>There is no staff member {login}.</source>
        <translation>職員 {login} はいません。</translation>
    </message>
    <message>
        <source>Planned {venue} on {day}, {start}–{end} (session {id}).</source>
        <translation>{day} {start}～{end} に {venue} の出張受付を登録しました（ID {id}）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請件数</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>出張受付</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Marked {count} no-shows.</source>
        <translation>{count}件を無断キャンセルにしました。</translation>
    </message>
    <message>
        <source>Added {count} sessions to the calendar.</source>
        <translation>カレンダーに開庁を{count}件追加しました。</translation>
    </message>
    <message>
        <source>the card reader: status, identify a card, read a card</source>
        <extracomment>a factory for the reader (tests set a shorter watchdog)</extracomment>
        <translation>カードリーダー：状態の確認、カードの識別、カードの読み取り</translation>
    </message>
    <message>
        <source>list the card readers and what is on them</source>
        <translation>カードリーダーと、置かれているカードの一覧を表示する</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>say what card is on the reader and when its certificate ends (no PIN)</source>
        <translation>リーダー上のカードの種類と電子証明書の有効期限を表示する（暗証番号不要）</translation>
    </message>
    <message>
        <source>the reader to use</source>
        <translation>使用するリーダー</translation>
    </message>
    <message>
        <source>read name, address, birth date and sex from a My Number Card</source>
        <translation>マイナンバーカードから氏名・住所・生年月日・性別を読み取る</translation>
    </message>
    <message>
        <source>read the card&apos;s 4-digit PIN from the first line of standard input (required)</source>
        <translation>カードの4桁の暗証番号を標準入力の1行目から読み込む（必須）</translation>
    </message>
    <message>
        <source>also print the certificate expiry</source>
        <translation>電子証明書の有効期限も表示する</translation>
    </message>
    <message>
        <source>use the PIN even when only one try is left (a wrong PIN then blocks the card)</source>
        <translation>残り試行回数が1回でも暗証番号を使用する（間違えるとカードがロックされます）</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>card not readable ({code})</source>
        <translation>カードを読み取れません（{code}）</translation>
    </message>
    <message>
        <source>Certificate for identification (利用者証明用): none on the card</source>
        <translation>利用者証明用電子証明書：カードに搭載されていません</translation>
    </message>
    <message>
        <source>Certificate for identification (利用者証明用) valid until: {date}</source>
        <translation>利用者証明用電子証明書の有効期限：{date}</translation>
    </message>
    <message>
        <source>Warning: the certificate has expired. The resident must renew it.</source>
        <translation>警告：電子証明書の有効期限が切れています。更新が必要です。</translation>
    </message>
    <message>
        <source>Warning: the certificate ends within three months. The resident should renew it.</source>
        <translation>警告：電子証明書の有効期限まで3か月以内です。更新をお勧めしてください。</translation>
    </message>
    <message>
        <source>Reader: {name}</source>
        <translation>リーダー：{name}</translation>
    </message>
    <message>
        <source>Card: {kind}</source>
        <translation>カード：{kind}</translation>
    </message>
    <message>
        <source>card read takes the card&apos;s PIN on standard input: give the password in MADOGUCHI_PASSWORD, not with --password-stdin.</source>
        <translation>card read はカードの暗証番号を標準入力から受け取ります。パスワードは --password-stdin ではなく MADOGUCHI_PASSWORD で指定してください。</translation>
    </message>
    <message>
        <source>card read needs --pin-stdin: the card&apos;s PIN is read from standard input, never from the command line.</source>
        <translation>card read には --pin-stdin が必要です。カードの暗証番号は標準入力からだけ読み込み、コマンドラインでは受け付けません。</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>氏名：{value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>住所：{value}</translation>
    </message>
    <message>
        <source>Birth date: {value}</source>
        <translation>生年月日：{value}</translation>
    </message>
    <message>
        <source>Sex: {value}</source>
        <translation>性別：{value}</translation>
    </message>
    <message>
        <source>use the form 2026-11-24</source>
        <translation>2026-11-24 の形式で指定してください</translation>
    </message>
    <message>
        <source>list the day&apos;s handovers and counter services</source>
        <translation>その日の交付と窓口手続の一覧を表示する</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>日付（既定：本日）</translation>
    </message>
    <message>
        <source>list the cards waiting to be collected</source>
        <translation>受取待ちのカードの一覧を表示する</translation>
    </message>
    <message>
        <source>only cards due for disposal</source>
        <translation>廃棄できるカードだけ</translation>
    </message>
    <message>
        <source>write a handover receipt again as a PDF</source>
        <translation>交付の控えを PDF で再出力する</translation>
    </message>
    <message>
        <source>the 80 mm slip instead</source>
        <translation>代わりに 80 mm の控えを出力</translation>
    </message>
    <message>
        <source>record reminders and write the letters</source>
        <translation>再通知を記録し、通知書を出力する</translation>
    </message>
    <message>
        <source>dispose of unclaimed cards due under the rule</source>
        <translation>規定により廃棄できる未受取カードを廃棄する</translation>
    </message>
    <message>
        <source>every card due today</source>
        <translation>本日廃棄できるすべてのカード</translation>
    </message>
    <message>
        <source>confirm the disposal</source>
        <translation>廃棄を確定する</translation>
    </message>
    <message>
        <source>handover (proxy)</source>
        <translation>交付（代理人）</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>統合端末</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>reminder first</source>
        <translation>先に再通知</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知日</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>再通知</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Disposal from</source>
        <translation>廃棄可能日</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>{file} を書き出しました。</translation>
    </message>
    <message>
        <source>Card case {case} is not waiting to be collected.</source>
        <translation>案件 {case} は受取待ちではありません。</translation>
    </message>
    <message>
        <source>Recorded {n} reminder(s); wrote {file}.</source>
        <translation>再通知を{n}件記録し、{file} を書き出しました。</translation>
    </message>
    <message>
        <source>No card is due for disposal today.</source>
        <translation>本日廃棄できるカードはありません。</translation>
    </message>
    <message>
        <source>Name the card cases to dispose of, or use --all-due.</source>
        <translation>廃棄する案件を指定するか、--all-due を使用してください。</translation>
    </message>
    <message>
        <source>Disposal cannot be undone: add --yes to confirm.</source>
        <translation>廃棄は取り消せません。確定するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>Disposed of {n} card(s); wrote {file}.</source>
        <translation>カード{n}枚を廃棄し、{file} を書き出しました。</translation>
    </message>
    <message>
        <source>a month is written YYYY-MM, e.g. 2026-11</source>
        <translation>月は YYYY-MM の形式で指定してください（例：2026-11）</translation>
    </message>
    <message>
        <source>No card case has the application ID {id}.</source>
        <translation>申請書ID {id} の案件はありません。</translation>
    </message>
    <message>
        <source>No mailed card has the tracking number {number}.</source>
        <translation>追跡番号 {number} で郵送したカードはありません。</translation>
    </message>
    <message>
        <source>Arrived: {name} ({route}).</source>
        <translation>到着登録しました：{name}（{route}）</translation>
    </message>
    <message>
        <source>Set-up recorded for {n} card(s).</source>
        <translation>{n}枚のカードを設定済にしました。</translation>
    </message>
    <message>
        <source>Notice recorded: {name}, reservation number {number}.</source>
        <translation>交付通知を記録しました：{name}、予約番号 {number}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の処理</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>申請書ID</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定日</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>交付通知</translation>
    </message>
    <message>
        <source>mailing</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>sent on {date}</source>
        <translation>{date}発送</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Batch {number}: {state}, {n} item(s), postage {yen} yen</source>
        <translation>発送No.{number}：{state}、{n}件、郵送料 {yen}円</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>郵送方法</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>郵送料</translation>
    </message>
    <message>
        <source>No card is ready for mailing.</source>
        <translation>発送待ちのカードはありません。</translation>
    </message>
    <message>
        <source>Batch {number} has no item {position}.</source>
        <translation>発送No.{number}に{position}件目はありません。</translation>
    </message>
    <message>
        <source>Item {position}: {number}</source>
        <translation>{position}件目：{number}</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} を書き出せませんでした：{reason}</translation>
    </message>
    <message>
        <source>Wrote {file} ({pages} page(s)).</source>
        <translation>{file} を書き出しました（{pages}ページ）。</translation>
    </message>
    <message>
        <source>Delivered: {name}.</source>
        <translation>配達済にしました：{name}</translation>
    </message>
    <message>
        <source>Returned: {name}.</source>
        <translation>返戻にしました：{name}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>連絡なし</translation>
    </message>
    <message>
        <source>to invite</source>
        <translation>来庁案内待ち</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>未受取</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from は --to より後にできません。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>交付通知</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配達済</translation>
    </message>
    <message>
        <source>Postage (yen)</source>
        <translation>郵送料（円）</translation>
    </message>
    <message>
        <source>card arrival, notices and mailing by post</source>
        <translation>カードの到着、交付通知、郵送</translation>
    </message>
    <message>
        <source>register a card that arrived</source>
        <translation>到着したカードを登録する</translation>
    </message>
    <message>
        <source>record that the set-up of cards is done</source>
        <translation>カードの交付前設定の完了を記録する</translation>
    </message>
    <message>
        <source>record the handover notice sent</source>
        <translation>交付通知書の送付を記録する</translation>
    </message>
    <message>
        <source>date sent (default today)</source>
        <translation>送付日（既定：本日）</translation>
    </message>
    <message>
        <source>list cards ready for a notice or mailing</source>
        <translation>交付通知待ち・発送待ちのカードの一覧を表示する</translation>
    </message>
    <message>
        <source>mailing batches</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>make a mailing batch</source>
        <translation>発送を作成する</translation>
    </message>
    <message>
        <source>every card ready for mailing</source>
        <translation>発送待ちのすべてのカード</translation>
    </message>
    <message>
        <source>show a batch</source>
        <translation>発送を表示する</translation>
    </message>
    <message>
        <source>set an item&apos;s tracking number</source>
        <translation>郵便物の追跡番号を設定する</translation>
    </message>
    <message>
        <source>record a batch as sent</source>
        <translation>発送を発送済として記録する</translation>
    </message>
    <message>
        <source>write a batch&apos;s document as PDF</source>
        <translation>発送の帳票を PDF で出力する</translation>
    </message>
    <message>
        <source>labels already used on the first sheet</source>
        <translation>1枚目の用紙で使用済みのラベル数</translation>
    </message>
    <message>
        <source>record a mailed card delivered</source>
        <translation>郵送したカードの配達完了を記録する</translation>
    </message>
    <message>
        <source>the day in the post office&apos;s tracking (default today)</source>
        <translation>郵便局の追跡結果の日付（省略時は今日）</translation>
    </message>
    <message>
        <source>record a mailed card returned</source>
        <translation>郵送したカードの返戻を記録する</translation>
    </message>
    <message>
        <source>a short note (needed for other)</source>
        <translation>短いメモ（「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>write invitations to the counter as PDF</source>
        <translation>来庁のご案内を PDF で出力する</translation>
    </message>
    <message>
        <source>list what needs chasing</source>
        <translation>要確認のものの一覧を表示する</translation>
    </message>
    <message>
        <source>no news after this many days (default: setting)</source>
        <translation>連絡がないまま経過した日数（既定：設定値）</translation>
    </message>
    <message>
        <source>exit 46 when there is anything</source>
        <translation>該当があれば終了コード 46 で終了する</translation>
    </message>
    <message>
        <source>monthly figures</source>
        <translation>月計</translation>
    </message>
    <message>
        <source>count sheets and the issuance plan follow-up</source>
        <translation>月次集計表と交付円滑化計画の実施状況</translation>
    </message>
    <message>
        <source>list the count kinds</source>
        <translation>集計項目の一覧を表示する</translation>
    </message>
    <message>
        <source>write the monthly count sheet</source>
        <translation>月次集計表を出力する</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>対象月</translation>
    </message>
    <message>
        <source>one count kind (without it: every kind per day)</source>
        <translation>集計項目（指定しない場合：全項目の日別）</translation>
    </message>
    <message>
        <source>write the issuance plan follow-up table</source>
        <translation>交付円滑化計画の実施状況表を出力する</translation>
    </message>
    <message>
        <source>the year the fiscal year starts (2026 = 2026-04 to 2027-03; R8 also works)</source>
        <translation>年度の開始年（2026 = 2026年4月～2027年3月。R8 も可）</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8-sig (UTF-8 with BOM) or cp932 (Shift_JIS)</source>
        <translation>CSV の文字コード：utf-8-sig（BOM付き UTF-8）または cp932（Shift_JIS）</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>出力先のファイル</translation>
    </message>
    <message>
        <source>This data folder has no office profile yet. Start Madoguchi once to set up the office.</source>
        <translation>このデータフォルダーには窓口の基本情報がまだありません。Madoguchi を一度起動して窓口を設定してください。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Counting {month}…</source>
        <translation>{month}を集計しています…</translation>
    </message>
    <message>
        <source>Counting {year}…</source>
        <translation>{year}を集計しています…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} を書き出しています…</translation>
    </message>
    <message>
        <source>application photos: check, store, export, print</source>
        <translation>申請用写真：確認、保存、書き出し、印刷</translation>
    </message>
    <message>
        <source>check a photo file against the photo rules</source>
        <translation>写真ファイルを写真の規格に照らして確認する</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>store a photo file on a card case</source>
        <translation>写真ファイルを案件に保存する</translation>
    </message>
    <message>
        <source>why a photo that failed a check is accepted</source>
        <translation>確認で不適合となった写真を使用する理由</translation>
    </message>
    <message>
        <source>the reason in words (needed for &apos;other&apos;)</source>
        <translation>理由の説明（「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>show a card case&apos;s photo and its checks</source>
        <translation>案件の写真と確認結果を表示する</translation>
    </message>
    <message>
        <source>write the JPEG for the online application</source>
        <translation>オンライン申請用の JPEG を書き出す</translation>
    </message>
    <message>
        <source>folder (default: this PC&apos;s export folder)</source>
        <translation>フォルダー（既定：このPCの書き出し先フォルダー）</translation>
    </message>
    <message>
        <source>write the 4.5 × 3.5 cm photo sheet as PDF</source>
        <translation>縦4.5 × 横3.5 cm の写真シートを PDF で出力する</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Not stored: a check failed. Take the photo again, or give --reason if staff accept it.</source>
        <translation>保存していません：不適合の確認項目があります。撮影し直すか、職員の判断で使用する場合は --reason を指定してください。</translation>
    </message>
    <message>
        <source>Stored photo {id} on the card case.</source>
        <translation>写真 {id} を案件に保存しました。</translation>
    </message>
    <message>
        <source>That card case has no photo yet.</source>
        <translation>この案件にはまだ写真がありません。</translation>
    </message>
    <message>
        <source>No photo: a child under one (waiver recorded {when}).</source>
        <translation>写真なし：1歳未満（{when}に記録）。</translation>
    </message>
    <message>
        <source>Accepted despite failed checks: {reason}</source>
        <translation>不適合の項目があるが使用：{reason}</translation>
    </message>
    <message>
        <source>back up the office database now (or write an encrypted copy with --out)</source>
        <translation>窓口のデータベースを今すぐバックアップする（--out で暗号化したコピーを書き出す）</translation>
    </message>
    <message>
        <source>write an encrypted copy to FILE (supervisor)</source>
        <translation>暗号化したコピーを FILE に書き出す（監督者）</translation>
    </message>
    <message>
        <source>list the backups in the data folder</source>
        <translation>データフォルダー内のバックアップの一覧を表示する</translation>
    </message>
    <message>
        <source>set the office backup passphrase (administrator)</source>
        <translation>窓口のバックアップ用パスフレーズを設定する（管理者）</translation>
    </message>
    <message>
        <source>restore the office database from a backup (administrator)</source>
        <translation>バックアップから窓口のデータベースを復元する（管理者）</translation>
    </message>
    <message>
        <source>a backup file (plain or encrypted)</source>
        <translation>バックアップファイル（暗号化の有無を問わない）</translation>
    </message>
    <message>
        <source>check or export the audit trail</source>
        <translation>監査ログを確認または書き出す</translation>
    </message>
    <message>
        <source>check the audit trail (exit 0 when intact, 86 when broken)</source>
        <translation>監査ログを確認する（正常なら終了コード 0、異常なら 86）</translation>
    </message>
    <message>
        <source>export the audit trail as CSV (supervisor)</source>
        <translation>監査ログを CSV で書き出す（監督者）</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>書き出す CSV ファイル</translation>
    </message>
    <message>
        <source>first day (local date)</source>
        <translation>開始日（日本時間の日付）</translation>
    </message>
    <message>
        <source>last day (local date)</source>
        <translation>終了日（日本時間の日付）</translation>
    </message>
    <message>
        <source>check this PC and the office database</source>
        <translation>このPCと窓口のデータベースを診断する</translation>
    </message>
    <message>
        <source>read the backup passphrase from standard input (the line after the password, if that is read too); else MADOGUCHI_BACKUP_PASSPHRASE, else a prompt</source>
        <translation>バックアップ用パスフレーズを標準入力から読み込む（パスワードも読み込む場合は、その次の行）。指定しない場合は MADOGUCHI_BACKUP_PASSPHRASE、それもなければ入力を求める</translation>
    </message>
    <message>
        <source>No backup passphrase given. Pass it on standard input with --passphrase-stdin, or in the environment variable MADOGUCHI_BACKUP_PASSPHRASE.</source>
        <translation>バックアップ用パスフレーズが指定されていません。--passphrase-stdin で標準入力から渡すか、環境変数 MADOGUCHI_BACKUP_PASSPHRASE で指定してください。</translation>
    </message>
    <message>
        <source>Office backup passphrase: </source>
        <translation>窓口のバックアップ用パスフレーズ：</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>バックアップを書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>New office backup passphrase: </source>
        <translation>新しいバックアップ用パスフレーズ：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>確認のため同じパスフレーズをもう一度：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>2つのパスフレーズが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>The office backup passphrase is set. Keep it somewhere safe, away from the backups.</source>
        <translation>窓口のバックアップ用パスフレーズを設定しました。バックアップとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Restored {file} (backup taken {when}).</source>
        <translation>{file} を復元しました（{when}のバックアップ）。</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>それまでのデータベースは {path} として保存しました。</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} entries from {pcs} PCs.</source>
        <translation>監査ログは正常です：PC {pcs}台、{n}件の記録。</translation>
    </message>
    <message>
        <source>No backup has been taken yet, so deleted newest entries cannot be detected.</source>
        <translation>まだバックアップがないため、末尾の記録が削除されていても検出できません。</translation>
    </message>
    <message>
        <source>Wrote {n} entries to {path}.</source>
        <translation>{path} に{n}件の記録を書き出しました。</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>The online application is made with the tablet&apos;s mail address and this contact name; the resident&apos;s phone is kept in the ledger for questions.</source>
        <translation>オンライン申請は、タブレットのメールアドレスとこの連絡先名で行います。本人の電話番号は、問い合わせ用に受付簿に記録します。</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例：090-1234-5678</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the mail address</source>
        <translation>メールアドレスをコピー</translation>
    </message>
    <message>
        <source>Copy the contact name</source>
        <translation>連絡先名をコピー</translation>
    </message>
    <message>
        <source>(Not needed for a paper application.)</source>
        <translation>（郵送申請では不要です。）</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tablet:</source>
        <translation>タブレット(&amp;T)：</translation>
    </message>
    <message>
        <source>Mail address:</source>
        <translation>メールアドレス：</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>連絡先名：</translation>
    </message>
</context>
<context>
    <name>CorrectionsTab</name>
    <message>
        <source>D&amp;ay:</source>
        <translation>日付(&amp;A)：</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前日</translation>
    </message>
    <message>
        <source>Previous day (PageUp)</source>
        <translation>前日（PageUp）</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>翌日</translation>
    </message>
    <message>
        <source>Next day (PageDown)</source>
        <translation>翌日（PageDown）</translation>
    </message>
    <message>
        <source>All counts</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>集計項目(&amp;T)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>集計項目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Count entries of the day</source>
        <translation>この日の件数の記録</translation>
    </message>
    <message>
        <source>E&amp;ntries:</source>
        <translation>記録(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. entered twice, counted on the wrong day</source>
        <translation>例: 二重に入力、別の日に計上</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Cancel thi&amp;s count…</source>
        <translation>この記録を取り消す(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel the selected count: the monthly figures drop by one</source>
        <translation>選択した記録を取り消します（月の集計が1件減ります）</translation>
    </message>
    <message>
        <source>Cancelling a count adds a correction with your name and the reason; every report then leaves the count out. Nothing is deleted.</source>
        <translation>取り消すと、あなたの名前と理由を付けた訂正の記録が追加され、すべての集計からその記録が除かれます。記録は削除されません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>計上</translation>
    </message>
    <message>
        <source>Cancelled by {name}: {reason}</source>
        <translation>{name}が取消：{reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>取消：{reason}</translation>
    </message>
    <message>
        <source>{counted} counted, {cancelled} cancelled</source>
        <translation>計上 {counted} 件、取消 {cancelled} 件</translation>
    </message>
    <message>
        <source>Cancel this count?

{day} {time}  {kind}  {staff}
Reason: {reason}

The monthly figures drop by one. The correction is recorded with your name.</source>
        <translation>この記録を取り消しますか？

{day} {time}  {kind}  {staff}
理由：{reason}

月の集計が1件減ります。訂正はあなたの名前で記録されます。</translation>
    </message>
    <message>
        <source>Cancel a count</source>
        <translation>件数の記録の取消</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation>記録を取り消しました。</translation>
    </message>
</context>
<context>
    <name>CountKind</name>
    <message>
        <source>Check-ins</source>
        <translation>来庁受付</translation>
    </message>
    <message>
        <source>Cards handed over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Pop-up application support</source>
        <translation>出張申請サポート</translation>
    </message>
    <message>
        <source>Identity checked at application</source>
        <translation>申請時来庁</translation>
    </message>
    <message>
        <source>Cards arrived</source>
        <translation>カード到着</translation>
    </message>
    <message>
        <source>Handover notices sent</source>
        <translation>交付通知書送付</translation>
    </message>
    <message>
        <source>Cards mailed</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Mailed cards delivered</source>
        <translation>配達完了</translation>
    </message>
    <message>
        <source>Mailed cards returned</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Certificate renewals</source>
        <translation>電子証明書更新</translation>
    </message>
    <message>
        <source>PIN resets</source>
        <translation>暗証番号再設定</translation>
    </message>
    <message>
        <source>PIN changes</source>
        <translation>暗証番号変更</translation>
    </message>
    <message>
        <source>Card details updates</source>
        <translation>券面事項変更</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>不在（無断キャンセル）</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Notification cards collected</source>
        <translation>通知カード回収</translation>
    </message>
    <message>
        <source>Resident registration cards collected</source>
        <translation>住基カード回収</translation>
    </message>
    <message>
        <source>Cards handed to a proxy</source>
        <translation>代理人への交付</translation>
    </message>
    <message>
        <source>Face recognition cards handed over</source>
        <translation>顔認証マイナンバーカード交付</translation>
    </message>
    <message>
        <source>Reminders for unclaimed cards</source>
        <translation>未受取カード再通知</translation>
    </message>
    <message>
        <source>Handover letters returned</source>
        <translation>通知書等の返戻</translation>
    </message>
    <message>
        <source>Unclaimed cards disposed of</source>
        <translation>未受取カード廃棄</translation>
    </message>
    <message>
        <source>Application photos taken</source>
        <translation>申請用写真撮影</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Counters and handover terminals</source>
        <translation>窓口と統合端末</translation>
    </message>
    <message>
        <source>Double-click a name to change it.</source>
        <translation>名前をダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation>統合端末</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Minutes per assisted application (4 weeks)</source>
        <translation>申請サポート1件あたりの所要時間（4週間）</translation>
    </message>
    <message>
        <source>No-show rate (4 weeks)</source>
        <translation>無断キャンセル率（4週間）</translation>
    </message>
    <message>
        <source>Outstanding mailings</source>
        <translation>未完了の郵送</translation>
    </message>
    <message>
        <source>Unclaimed cards</source>
        <translation>未受取カード</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>Last four weeks: {start} to {end}.</source>
        <translation>直近4週間：{start}～{end}</translation>
    </message>
    <message>
        <source>No assisted application with its minutes recorded.</source>
        <translation>所要時間が記録された申請サポートはありません。</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody checked in yet.</source>
        <translation>まだ受付がありません。</translation>
    </message>
    <message>
        <source>{absent} of {all}</source>
        <translation>{all}件中{absent}件</translation>
    </message>
    <message numerus="yes">
        <source>longest wait %n day(s)</source>
        <translation>
            <numerusform>最長%n日経過</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative issue rate, {year}</source>
        <translation>累計交付率（{year}）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>No figures yet: set the opening balance, the population and the target rates.</source>
        <translation>まだ数値がありません。累計交付枚数の起算値、人口、目標交付率を設定してください。</translation>
    </message>
    <message>
        <source>% of the population</source>
        <translation>人口比（%）</translation>
    </message>
    <message>
        <source>National target band</source>
        <translation>国の目標範囲</translation>
    </message>
    <message>
        <source>Cumulative issue rate</source>
        <translation>累計交付率</translation>
    </message>
    <message>
        <source>Daily load, last four weeks</source>
        <translation>日別の件数（直近4週間）</translation>
    </message>
    <message>
        <source>No open days in these weeks.</source>
        <translation>この期間に開庁日はありません。</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>その他の手続</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>来庁受付</translation>
    </message>
</context>
<context>
    <name>DatedKeyTab</name>
    <message>
        <source>Valid from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>Year (as of 1 January)</source>
        <translation>年（1月1日現在）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選択した値を削除</translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation>値の削除</translation>
    </message>
    <message>
        <source>Select a value in the list first.</source>
        <translation>先に一覧から値を選択してください。</translation>
    </message>
    <message>
        <source>Remove the value valid from {date}?</source>
        <translation>{date}から適用の値を削除しますか？</translation>
    </message>
</context>
<context>
    <name>DatedSettingsPage</name>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Values by date</source>
        <translation>年月日別の設定</translation>
    </message>
</context>
<context>
    <name>DeliveryMethod</name>
    <message>
        <source>At the counter</source>
        <translation>窓口で交付</translation>
    </message>
    <message>
        <source>Restricted-recipient post (special type)</source>
        <translation>本人限定受取郵便（特例型）</translation>
    </message>
    <message>
        <source>Simple registered post</source>
        <translation>簡易書留</translation>
    </message>
</context>
<context>
    <name>DeliveryMethodShort</name>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Restricted (special)</source>
        <translation>本人限定（特例型）</translation>
    </message>
    <message>
        <source>Simple registered</source>
        <translation>簡易書留</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Refused: {folder} holds a real office. A demo office needs an empty data folder (use --data-dir).</source>
        <translation>実行できません：{folder} には本番の窓口のデータがあります。デモ窓口には空のデータフォルダーが必要です（--data-dir で指定してください）。</translation>
    </message>
    <message>
        <source>Demo office created in {folder}: {people} residents, {visits} visits.</source>
        <translation>{folder} にデモ窓口を作成しました：住民 {people} 人、来庁 {visits} 件。</translation>
    </message>
    <message>
        <source>Demo logins (login / password / role):</source>
        <translation>デモ用ログイン（ログイン名 / パスワード / 権限）：</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <source>This is a demo office: all residents and records are invented.</source>
        <translation>これはデモ窓口です。住民と記録はすべて架空のものです。</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>デモ窓口</translation>
    </message>
</context>
<context>
    <name>DocumentsPicker</name>
    <message>
        <source>Identity documents shown</source>
        <translation>提示された本人確認書類</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>&amp;Export JPEG for the online application</source>
        <translation>オンライン申請用の JPEG を書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print the photo sheet (4.5 × 3.5 cm)…</source>
        <translation>写真シート（縦4.5 × 横3.5 cm）を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Next resident</source>
        <translation>次の住民(&amp;N)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>{name}: the card is applied for without a photo (under one year old). Recorded on the card case.</source>
        <translation>{name}：写真なしでカードを申請します（1歳未満）。案件に記録しました。</translation>
    </message>
    <message>
        <source>{name}: the photo ({w} × {h} px, {kb} KB) is saved on the card case.</source>
        <translation>{name}：写真（{w} × {h} ピクセル、{kb} KB）を案件に保存しました。</translation>
    </message>
    <message>
        <source>Accepted despite failed checks: {reason}.</source>
        <translation>不適合の項目があるが使用：{reason}</translation>
    </message>
    <message>
        <source>Only a supervisor may export or print the photo (Settings › Photo).</source>
        <translation>写真の書き出しと印刷ができるのは監督者だけです（設定 › 写真）。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Photo exported</source>
        <translation>写真を書き出しました</translation>
    </message>
    <message>
        <source>The JPEG for the online application was written to {path}.</source>
        <translation>オンライン申請用の JPEG を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Preparing the photo sheet…</source>
        <translation>写真シートを準備しています…</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The year-end days need a valid month and day.</source>
        <translation>年末年始の閉庁日には、正しい月日を入力してください。</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>開庁の終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>A card case that is {from_state} cannot become {to_state}.</source>
        <translation>「{from_state}」の案件を「{to_state}」にすることはできません。</translation>
    </message>
    <message>
        <source>Moving a card case from {from_state} to {to_state} belongs to the {owner} screen.</source>
        <translation>案件を「{from_state}」から「{to_state}」にする操作は、{owner}画面で行ってください。</translation>
    </message>
    <message>
        <source>Only a supervisor may mark a card as {to_state}. Ask a supervisor to confirm.</source>
        <translation>カードを「{to_state}」にできるのは監督者だけです。監督者に確認を依頼してください。</translation>
    </message>
    <message>
        <source>A new card case cannot start as {state}.</source>
        <translation>新しい案件を「{state}」の状態で作成することはできません。</translation>
    </message>
    <message>
        <source>The {owner} screen cannot open a card case as {state}.</source>
        <translation>{owner}画面では、案件を「{state}」の状態で作成できません。</translation>
    </message>
    <message>
        <source>The application form ID must be exactly 23 digits ({count} characters entered). Check it against the form.</source>
        <translation>申請書IDは23桁の数字です（入力は{count}文字）。申請書と照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>A reservation number is 3 letters or digits followed by 6 digits, e.g. ABC123456. Check it against the notice.</source>
        <translation>予約番号は英数字3文字と数字6桁です（例：ABC123456）。交付通知書と照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>Record only the kind of identity document, never its number or other details.</source>
        <translation>本人確認書類は種類だけを記録し、番号などの内容は記録しないでください。</translation>
    </message>
    <message>
        <source>Only documents of lists A and B can be moved between the two lists.</source>
        <translation>A欄とB欄の間で移動できるのは、A欄・B欄の書類だけです。</translation>
    </message>
    <message>
        <source>Keep at least one active document type in list A.</source>
        <translation>A欄には、使用する書類を少なくとも1種類残してください。</translation>
    </message>
    <message>
        <source>Choose at least one way to check identity when the resident applies.</source>
        <translation>申請時来庁の本人確認方法を少なくとも1つ選択してください。</translation>
    </message>
    <message>
        <source>The photo certificate needs 1 to 3 documents of list B with it.</source>
        <translation>顔写真証明書と合わせるB欄の書類は1～3点にしてください。</translation>
    </message>
    <message>
        <source>Enter the municipality name.</source>
        <translation>市区町村名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the department name.</source>
        <translation>担当課を入力してください。</translation>
    </message>
    <message>
        <source>The local government code must be 6 digits with a correct check digit (for example 131016). Check the code.</source>
        <translation>地方公共団体コードは、正しい検査数字を含む6桁の数字です（例：131016）。コードを確認してください。</translation>
    </message>
    <message>
        <source>Enter the phone number as 10 or 11 digits.</source>
        <translation>電話番号は10桁または11桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>Enter the postal code as 7 digits (123-4567).</source>
        <translation>郵便番号は7桁の数字で入力してください（123-4567）。</translation>
    </message>
    <message>
        <source>Add at least one counter.</source>
        <translation>窓口を少なくとも1つ追加してください。</translation>
    </message>
    <message>
        <source>Enter a name for every counter.</source>
        <translation>すべての窓口に名前を入力してください。</translation>
    </message>
    <message>
        <source>Two counters have the same name.</source>
        <translation>同じ名前の窓口が2つあります。</translation>
    </message>
    <message>
        <source>Add at least one handover terminal.</source>
        <translation>統合端末を少なくとも1台追加してください。</translation>
    </message>
    <message>
        <source>Enter a name for every handover terminal.</source>
        <translation>すべての統合端末に名前を入力してください。</translation>
    </message>
    <message>
        <source>Two handover terminals have the same name.</source>
        <translation>同じ名前の統合端末が2台あります。</translation>
    </message>
    <message>
        <source>Opening hours must end after they start.</source>
        <translation>閉庁時刻は開庁時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Enter opening hours for at least one day.</source>
        <translation>少なくとも1つの曜日に開庁時間を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number for every tablet.</source>
        <translation>すべてのタブレットに番号を入力してください。</translation>
    </message>
    <message>
        <source>Two tablets have the same number.</source>
        <translation>同じ番号のタブレットが2台あります。</translation>
    </message>
    <message>
        <source>The mail address of tablet {number} is not valid (name@example.jp).</source>
        <translation>タブレット {number} のメールアドレスが正しくありません（name@example.jp の形式）。</translation>
    </message>
    <message>
        <source>Each tablet needs its own mail address.</source>
        <translation>タブレットごとに別のメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Unknown delivery method {method}.</source>
        <translation>不明な交付方法です：{method}</translation>
    </message>
    <message>
        <source>This value starts on 1 January of a year.</source>
        <translation>この値は1月1日から適用されます。</translation>
    </message>
    <message>
        <source>This value starts on the first day of a month.</source>
        <translation>この値は月の初日から適用されます。</translation>
    </message>
    <message>
        <source>Enter every number of the value.</source>
        <translation>値の数字をすべて入力してください。</translation>
    </message>
    <message>
        <source>Enter a number between 0 and {maximum}.</source>
        <translation>0から{maximum}までの数値を入力してください。</translation>
    </message>
    <message>
        <source>The lower target rate must not exceed the upper one.</source>
        <translation>目標の下限は上限以下にしてください。</translation>
    </message>
    <message>
        <source>Unknown dated setting {key}.</source>
        <translation>不明な年月日別の設定です：{key}</translation>
    </message>
    <message>
        <source>This looks like a 12-digit Individual Number (個人番号). The Individual Number must never be recorded: remove it.</source>
        <translation>12桁の個人番号のようです。個人番号は記録してはいけません。削除してください。</translation>
    </message>
    <message>
        <source>Type the name (氏名).</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Type the フリガナ in kana only (hiragana or katakana).</source>
        <translation>フリガナは、ひらがなまたはカタカナだけで入力してください。</translation>
    </message>
    <message>
        <source>The birth date is in the future. Check it.</source>
        <translation>生年月日が未来の日付になっています。確認してください。</translation>
    </message>
    <message>
        <source>Type the phone number as 10 or 11 digits (hyphens allowed).</source>
        <translation>電話番号は10桁または11桁の数字で入力してください（ハイフン可）。</translation>
    </message>
    <message>
        <source>Type the postal code as 7 digits, like 123-4567.</source>
        <translation>郵便番号は7桁の数字で入力してください（例：123-4567）。</translation>
    </message>
    <message>
        <source>Type at least the last 4 digits of the phone number.</source>
        <translation>電話番号は少なくとも下4桁を入力してください。</translation>
    </message>
    <message>
        <source>Search by フリガナ (in kana), phone number or birth date (like S55.5.1).</source>
        <translation>フリガナ（カナ）、電話番号または生年月日（例：S55.5.1）で検索してください。</translation>
    </message>
    <message>
        <source>A retention period is a whole number of days from 1 to {max}, or empty to keep.</source>
        <translation>保存期間は1～{max}の整数（日数）で入力してください。空欄にすると削除しません。</translation>
    </message>
    <message>
        <source>Unknown service {service}.</source>
        <translation>不明な用件です：{service}</translation>
    </message>
    <message>
        <source>A service takes between 1 and {max} minutes; enter a whole number.</source>
        <translation>用件の所要時間は1～{max}分の整数で入力してください。</translation>
    </message>
    <message>
        <source>Walk-in only must be yes or no.</source>
        <translation>「予約不可（当日受付のみ）」は、はい・いいえのどちらかにしてください。</translation>
    </message>
    <message>
        <source>A visit that is {from_state} cannot become {to_state}.</source>
        <translation>「{from_state}」の来庁を「{to_state}」にすることはできません。</translation>
    </message>
    <message>
        <source>Type the date like 1980-05-01, 1980/5/1, 19800501, S55.5.1 or 昭和55年5月1日.</source>
        <translation>日付は 1980-05-01、1980/5/1、19800501、S55.5.1、昭和55年5月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>There is no such day in the calendar. Check the month and day.</source>
        <translation>存在しない日付です。月日を確認してください。</translation>
    </message>
    <message>
        <source>An era year starts at 1 (元年). Check the year.</source>
        <translation>和暦の年は1（元年）から始まります。年を確認してください。</translation>
    </message>
    <message>
        <source>The {era} era began on {start}. Check the era and year.</source>
        <translation>{era}は{start}に始まりました。元号と年を確認してください。</translation>
    </message>
    <message>
        <source>The {era} era ran from {start} to {end}. Check the era and year.</source>
        <translation>{era}は{start}から{end}までです。元号と年を確認してください。</translation>
    </message>
    <message>
        <source>Dates before {start} cannot be entered. Check the year.</source>
        <translation>{start}より前の日付は入力できません。年を確認してください。</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>The receipt is too long to print on one roll. Print it on A4 instead.</source>
        <translation>控えが長すぎてロール紙に印刷できません。A4で印刷してください。</translation>
    </message>
    <message>
        <source>The text does not fit on the label. Use shorter lines or a larger label.</source>
        <translation>文字がラベルに収まりません。行を短くするか、大きいラベルを使用してください。</translation>
    </message>
    <message>
        <source>The labels do not fit on the sheet. Check the label size and margins in the settings.</source>
        <translation>ラベルが用紙に収まりません。設定でラベルの大きさと余白を確認してください。</translation>
    </message>
    <message>
        <source>The document contains a 12-digit number that looks like an Individual Number (個人番号). It was not printed. Remove the number and try again.</source>
        <translation>文書に個人番号と思われる12桁の数字が含まれているため、印刷しませんでした。その数字を削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the document as a PDF, or ask the administrator to install the printer.</source>
        <translation>このPCにはプリンターが設定されていません。PDFで保存するか、プリンターの設定を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The printer {printer} was not found. Choose another printer or save the document as a PDF.</source>
        <translation>プリンター {printer} が見つかりません。別のプリンターを選択するか、PDFで保存してください。</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size ({width} × {height} mm). Check the paper settings of the printer.</source>
        <translation>プリンターがこの用紙サイズ（{width} × {height} mm）に対応していません。プリンターの用紙設定を確認してください。</translation>
    </message>
    <message>
        <source>The printer could not start the job. Check that it is switched on and connected, then try again, or save the document as a PDF.</source>
        <translation>印刷を開始できませんでした。プリンターの電源と接続を確認してもう一度お試しいただくか、PDFで保存してください。</translation>
    </message>
    <message>
        <source>The printer stopped in the middle of the job. Check it and print again.</source>
        <translation>印刷の途中でプリンターが停止しました。プリンターを確認して、もう一度印刷してください。</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>印刷する文書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Login failed. Check the login name and the password and try again. After several failed tries the account is locked for a while; an administrator can unlock it.</source>
        <translation>ログインできませんでした。ログイン名とパスワードを確認して、もう一度お試しください。何度か失敗するとアカウントが一定時間ロックされます。ロックは管理者が解除できます。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}. Try again then, or ask an administrator to unlock it now.</source>
        <translation>パスワードの誤りが多すぎるため、このアカウントは{time}までロックされています。その後にもう一度お試しいただくか、管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>Lock after 0 to 20 failed logins (0 = never) for 1 to 1440 minutes.</source>
        <translation>ロックするまでのログイン失敗回数は0～20回（0 = ロックしない）、ロック時間は1～1440分で指定してください。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters. Choose a longer one.</source>
        <translation>パスワードは{n}文字以上にしてください。</translation>
    </message>
    <message>
        <source>A password may have at most {n} characters. Choose a shorter one.</source>
        <translation>パスワードは{n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Only logged-in counter staff may do this. Log in first.</source>
        <translation>この操作はログインした職員だけが行えます。先にログインしてください。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this. Ask one of them.</source>
        <translation>この操作は監督者または管理者だけが行えます。監督者または管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Only an administrator may do this. Ask an administrator.</source>
        <translation>この操作は管理者だけが行えます。管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Unknown session kind {kind}.</source>
        <translation>不明な開庁区分です：{kind}</translation>
    </message>
    <message>
        <source>This session already exists on {day}.</source>
        <translation>{day}にはこの開庁がすでに登録されています。</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>この開庁は削除されています。</translation>
    </message>
    <message>
        <source>That reservation number already belongs to another card case. Check the notice.</source>
        <translation>この予約番号は別の案件で使用されています。交付通知書を確認してください。</translation>
    </message>
    <message>
        <source>That card case does not exist.</source>
        <translation>該当する案件がありません。</translation>
    </message>
    <message>
        <source>The office takes no bookings on {day} ({reason}). Choose another day.</source>
        <translation>{day}は予約を受け付けていません（{reason}）。別の日を選択してください。</translation>
    </message>
    <message>
        <source>{time} on {day} is not a bookable time. Choose one of the free slots.</source>
        <translation>{day} {time}は予約できる時刻ではありません。空いている予約枠から選択してください。</translation>
    </message>
    <message>
        <source>The slot at {time} on {day} is full. Choose another time, or use Next free slot.</source>
        <translation>{day} {time}の予約枠は満員です。別の時刻を選ぶか、「次の空き枠」を使用してください。</translation>
    </message>
    <message>
        <source>{time} today has already passed. Choose a later time.</source>
        <translation>本日の{time}はすでに過ぎています。それより後の時刻を選択してください。</translation>
    </message>
    <message>
        <source>The slot at {time} on {day} is full. Choose another time.</source>
        <translation>{day} {time}の予約枠は満員です。別の時刻を選択してください。</translation>
    </message>
    <message>
        <source>The slot at {time} on {day} was just taken. Choose another time.</source>
        <translation>{day} {time}の予約枠は、たった今ほかの予約で埋まりました。別の時刻を選択してください。</translation>
    </message>
    <message>
        <source>Keep the notes under {max} characters.</source>
        <translation>メモは{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>{service} is walk-in only: it cannot be booked.</source>
        <translation>{service}は当日受付のみで、予約できません。</translation>
    </message>
    <message>
        <source>A booking needs at least one person.</source>
        <translation>予約には少なくとも1人が必要です。</translation>
    </message>
    <message>
        <source>The same person is listed twice in the booking.</source>
        <translation>予約に同じ人が2回含まれています。</translation>
    </message>
    <message>
        <source>A booking covers at most {max} people. Make a second booking.</source>
        <translation>1件の予約は{max}人までです。別の予約を追加してください。</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>該当する住民がいません。</translation>
    </message>
    <message>
        <source>Person {position} already has a booking for this service on {day}. Open that booking instead.</source>
        <translation>{position}人目の方は、{day}にこの用件の予約がすでにあります。その予約を開いてください。</translation>
    </message>
    <message>
        <source>The photo reference is empty.</source>
        <translation>写真の参照が空です。</translation>
    </message>
    <message>
        <source>The office has not been set up yet. Set up the office profile first (設定 › 窓口).</source>
        <translation>窓口の初期設定がまだ済んでいません。先に窓口の基本情報を設定してください（設定 › 窓口）。</translation>
    </message>
    <message>
        <source>Unknown count kind {kind}.</source>
        <translation>不明な集計項目です：{kind}</translation>
    </message>
    <message>
        <source>A count is cancelled by a supervisor: use the Count corrections tab of the reports page, or the command &apos;madoguchi counts void&apos;.</source>
        <translation>件数の取り消しは監督者が行います。集計画面の「件数の訂正」タブ、またはコマンド「madoguchi counts void」を使ってください。</translation>
    </message>
    <message>
        <source>A count value must be a whole number.</source>
        <translation>件数は整数で入力してください。</translation>
    </message>
    <message>
        <source>That count entry does not exist.</source>
        <translation>該当する集計の記録がありません。</translation>
    </message>
    <message>
        <source>That count entry was already cancelled. Cancel the correction instead.</source>
        <translation>この集計の記録はすでに取り消されています。取り消す場合は、取消の記録を取り消してください。</translation>
    </message>
    <message>
        <source>Say briefly why this count is cancelled.</source>
        <translation>取り消す理由を簡潔に入力してください。</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {max} characters.</source>
        <translation>理由が長すぎます。{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>That entry is a correction, not a count: it cannot be cancelled here.</source>
        <translation>この記録は訂正の記録で、件数ではありません。ここでは取り消せません。</translation>
    </message>
    <message>
        <source>That count was already cancelled.</source>
        <translation>この記録はすでに取り消されています。</translation>
    </message>
    <message>
        <source>That count was cancelled and restored before: it cannot be cancelled again here.</source>
        <translation>この記録は以前に取り消され、元に戻されています。ここでは再度取り消せません。</translation>
    </message>
    <message>
        <source>Type the name of the document type.</source>
        <translation>書類の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose list A or list B.</source>
        <translation>A欄またはB欄を選択してください。</translation>
    </message>
    <message>
        <source>This document type is already in the list.</source>
        <translation>この書類はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Madoguchi (schema {have}, this version knows {newest}). Install the newer version; the data was not touched.</source>
        <translation>このデータベースは新しいバージョンの Madoguchi で作成されています（スキーマ {have}、このバージョンの対応は {newest} まで）。新しいバージョンをインストールしてください。データは変更していません。</translation>
    </message>
    <message>
        <source>Database upgrade step {number} failed: {reason}</source>
        <translation>データベースの更新（手順 {number}）に失敗しました：{reason}</translation>
    </message>
    <message>
        <source>The office profile has not been set up yet.</source>
        <translation>窓口の基本情報がまだ設定されていません。</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>この会場は削除されています。</translation>
    </message>
    <message>
        <source>Enter the name of the venue.</source>
        <translation>会場名を入力してください。</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Tablet {number} is not one of the office&apos;s tablets.</source>
        <translation>タブレット {number} はこの窓口のタブレットではありません。</translation>
    </message>
    <message>
        <source>A tablet or a staff member is listed twice.</source>
        <translation>同じタブレットまたは職員が2回指定されています。</translation>
    </message>
    <message>
        <source>A venue with this name already exists. Choose it from the list.</source>
        <translation>この名前の会場はすでに登録されています。一覧から選択してください。</translation>
    </message>
    <message>
        <source>The main office cannot be retired.</source>
        <translation>本庁の窓口は廃止できません。</translation>
    </message>
    <message>
        <source>This data folder holds a real office. Use an empty folder for the demo.</source>
        <translation>このデータフォルダーには本番の窓口のデータがあります。デモには空のフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>This data folder holds a demo office. Use an empty folder for the real office.</source>
        <translation>このデータフォルダーにはデモ窓口のデータがあります。本番の窓口には空のフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists (it may have been purged).</source>
        <translation>この住民の記録はすでに存在しません（保存期間の経過により削除された可能性があります）。</translation>
    </message>
    <message>
        <source>A login name has 1 to 64 letters, digits or . _ @ - and starts with a letter or digit; &apos;system&apos; is reserved. Choose another login name.</source>
        <translation>ログイン名は、英字・数字・. _ @ - を使った1～64文字で、先頭は英字か数字にしてください。「system」は予約済みのため使用できません。別のログイン名を指定してください。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name (at most 100 characters).</source>
        <translation>職員の氏名を入力してください（100文字以内）。</translation>
    </message>
    <message>
        <source>There is no staff member with the login {login}.</source>
        <translation>ログイン名 {login} の職員はいません。</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another staff member an administrator first.</source>
        <translation>有効な管理者はこの職員だけです。先にほかの職員を管理者にしてください。</translation>
    </message>
    <message>
        <source>The login {login} is already taken. Choose another login name.</source>
        <translation>ログイン名 {login} はすでに使われています。別のログイン名を指定してください。</translation>
    </message>
    <message>
        <source>That visit does not exist.</source>
        <translation>該当する来庁記録がありません。</translation>
    </message>
    <message>
        <source>{service} is walk-in only and cannot come from a booking.</source>
        <translation>{service}は当日受付のみで、予約からは受け付けられません。</translation>
    </message>
    <message>
        <source>Choose at least one person to check in.</source>
        <translation>受付する人を少なくとも1人選択してください。</translation>
    </message>
    <message>
        <source>The same person is listed twice; check in each once.</source>
        <translation>同じ人が2回含まれています。1人につき1回だけ受付してください。</translation>
    </message>
    <message>
        <source>Person {position} already has queue number {number} for {service} today; use that ticket instead of a new one.</source>
        <translation>{position}人目の方は、本日すでに{service}の受付番号 {number} があります。新しい番号ではなく、その番号札を使用してください。</translation>
    </message>
    <message>
        <source>The queue changed while checking in; try again.</source>
        <translation>受付中に受付状況が変わりました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The card answered in a way Madoguchi does not understand ({status}). Take the card off the reader, put it back and try again; if it happens again the card may be damaged.</source>
        <translation>カードから想定外の応答がありました（{status}）。カードをリーダーから外し、置き直してからもう一度お試しください。繰り返し発生する場合は、カードが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The smart-card service is not running. Plug the card reader in (Windows starts its smart-card service when a reader is connected) and try again; if that does not help, ask the administrator to start the “Smart Card” service (pcscd on Linux).</source>
        <translation>スマートカードサービスが動作していません。カードリーダーを接続して（リーダーを接続すると Windows がスマートカードサービスを開始します）、もう一度お試しください。解決しない場合は、「Smart Card」サービス（Linux では pcscd）の開始を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug the card reader in and try again.</source>
        <translation>カードリーダーが接続されていません。カードリーダーを接続して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no card reader named “{name}”. Check the name with “madoguchi card status”.</source>
        <translation>「{name}」という名前のカードリーダーはありません。「madoguchi card status」で名前を確認してください。</translation>
    </message>
    <message>
        <source>There is no card on the reader. Put the card on the reader and try again.</source>
        <translation>リーダーにカードがありません。カードをリーダーに置いて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The card on the reader is not a My Number Card ({kind}). Ask the resident for their My Number Card.</source>
        <translation>リーダー上のカードはマイナンバーカードではありません（{kind}）。本人にマイナンバーカードの提示を求めてください。</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits. Nothing was sent to the card.</source>
        <translation>暗証番号は4桁の数字です。カードには何も送信していません。</translation>
    </message>
    <message>
        <source>The PIN was wrong. Tries left: {tries}. Ask the resident to check the PIN and read the card again.</source>
        <translation>暗証番号が違います。残りの試行回数：{tries}回。本人に暗証番号を確認してもらい、もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The PIN of this card is blocked (too many wrong tries), so the card cannot be read. The resident needs a PIN reset (暗証番号の再設定) at the counter; type the details by hand.</source>
        <translation>このカードの暗証番号はロックされているため（誤入力の回数超過）、読み取れません。窓口で暗証番号の再設定が必要です。内容は手入力してください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left. If that PIN is wrong the card is blocked and the resident needs a PIN reset at the counter. Nothing was sent; confirm the last try explicitly to use it.</source>
        <translation>暗証番号の残り試行回数は1回です。間違えるとカードがロックされ、窓口で暗証番号の再設定が必要になります。まだ何も送信していません。最後の1回を使う場合は、明示的に確認してください。</translation>
    </message>
    <message>
        <source>The card on the reader changed while the PIN was asked. Nothing was sent; read the card again.</source>
        <translation>暗証番号の入力中にリーダー上のカードが変わりました。何も送信していません。もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader during the read. Put it back on the reader, leave it there and read it again.</source>
        <translation>読み取り中にカードがリーダーから外れました。カードをリーダーに置き直し、置いたままもう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The card reader was unplugged (or the smart-card service stopped) during the read. Plug the reader in again and read the card again.</source>
        <translation>読み取り中にカードリーダーが外れました（またはスマートカードサービスが停止しました）。リーダーを接続し直して、もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The card did not answer within {seconds} seconds. Take the card off the reader, put it back and try again; if it happens again, try another reader.</source>
        <translation>カードが{seconds}秒以内に応答しませんでした。カードをリーダーから外し、置き直してからもう一度お試しください。繰り返し発生する場合は、別のリーダーをお試しください。</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close that program and try again.</source>
        <translation>別のプログラムがカードリーダーを使用中です。そのプログラムを終了して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Keep the reason under {max} characters.</source>
        <translation>理由は{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>That day has passed. Choose a day from today on.</source>
        <translation>その日はすでに過ぎています。本日以降の日を選択してください。</translation>
    </message>
    <message>
        <source>Bookings for {day} open on {opens}. Choose an earlier day, or give a reason to book anyway.</source>
        <translation>{day}の予約受付は{opens}からです。もっと早い日を選ぶか、理由を入力したうえで予約してください。</translation>
    </message>
    <message>
        <source>Bookings for {day} could be made until {last}. Choose a later day, or give a reason to book anyway.</source>
        <translation>{day}の予約受付は{last}で締め切りました。もっと遅い日を選ぶか、理由を入力したうえで予約してください。</translation>
    </message>
    <message>
        <source>This booking&apos;s day has passed; it can no longer be changed.</source>
        <translation>この予約の日は過ぎているため、変更できません。</translation>
    </message>
    <message>
        <source>The deadline to cancel or move this booking was {deadline}. Give a reason to do it anyway.</source>
        <translation>この予約の取消・変更の期限は{deadline}でした。それでも行う場合は理由を入力してください。</translation>
    </message>
    <message>
        <source>Unknown kind of session rule.</source>
        <translation>不明な開庁ルールの種類です。</translation>
    </message>
    <message>
        <source>A closure rule writes a closure.</source>
        <translation>閉庁のルールでは閉庁だけを登録します。</translation>
    </message>
    <message>
        <source>Choose a weekend or an extra session.</source>
        <translation>休日開庁または臨時開庁を選択してください。</translation>
    </message>
    <message>
        <source>Choose the date of the session.</source>
        <translation>開庁日を選択してください。</translation>
    </message>
    <message>
        <source>Choose the weekday of the session.</source>
        <translation>開庁する曜日を選択してください。</translation>
    </message>
    <message>
        <source>A monthly rule is for one weekday.</source>
        <translation>毎月のルールは1つの曜日だけに設定できます。</translation>
    </message>
    <message>
        <source>Choose which week of the month (1st to 5th).</source>
        <translation>何週目か（第1～第5）を選択してください。</translation>
    </message>
    <message>
        <source>Excepted months are 1 to 12.</source>
        <translation>除外する月は1～12で指定してください。</translation>
    </message>
    <message>
        <source>The rule must end after it starts.</source>
        <translation>ルールの終了日は開始日より後にしてください。</translation>
    </message>
    <message>
        <source>Unknown resource {resource}.</source>
        <translation>不明な設備です：{resource}</translation>
    </message>
    <message>
        <source>Bookings open between 1 and 366 days ahead.</source>
        <translation>予約の受付開始は、1～366日前の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Bookings close between 0 and 30 days before the day.</source>
        <translation>予約の締切は、当日の0～30日前の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Bookings must open before they close: check the two numbers of days.</source>
        <translation>予約の受付開始は締切より前にしてください。2つの日数を確認してください。</translation>
    </message>
    <message>
        <source>The cancellation deadline is between 0 and 30 days before the day.</source>
        <translation>取消の期限は、当日の0～30日前の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A booking covers between 1 and 10 people.</source>
        <translation>1件の予約の人数は1～10人で指定してください。</translation>
    </message>
    <message>
        <source>The grace time before a no-show is between 0 and 240 minutes.</source>
        <translation>無断キャンセルとするまでの猶予時間は0～240分で指定してください。</translation>
    </message>
    <message>
        <source>A slot is 15, 20 or 30 minutes long.</source>
        <translation>予約枠の長さは15分、20分、30分のいずれかです。</translation>
    </message>
    <message>
        <source>Each service must use a handover terminal or an assistance desk.</source>
        <translation>用件ごとに、統合端末または申請サポート窓口のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>The mapping file is not valid TOML: {reason}</source>
        <translation>対応付けファイルが正しい TOML 形式ではありません：{reason}</translation>
    </message>
    <message>
        <source>The mapping needs a [columns] table naming a CSV column for each field.</source>
        <translation>対応付けファイルには、各項目に対応する CSV の列を指定した [columns] テーブルが必要です。</translation>
    </message>
    <message>
        <source>The mapping names unknown fields: {fields}.</source>
        <translation>対応付けファイルに不明な項目があります：{fields}</translation>
    </message>
    <message>
        <source>The mapping must name the columns of: {fields}.</source>
        <translation>対応付けファイルで次の項目の列を指定してください：{fields}</translation>
    </message>
    <message>
        <source>Each entry of [services] must be a service key: {keys}.</source>
        <translation>[services] の各項目には用件のキーを指定してください：{keys}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP932 (Shift_JIS) text. Save it as CSV in one of them.</source>
        <translation>ファイルが UTF-8 でも CP932（Shift_JIS）でもありません。どちらかの文字コードで CSV として保存してください。</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>CSV ファイルが空です。</translation>
    </message>
    <message>
        <source>The CSV file has no column {column} (named in the mapping for {field}).</source>
        <translation>CSV ファイルに列 {column} がありません（対応付けファイルで {field} に指定された列です）。</translation>
    </message>
    <message>
        <source>The date cannot be read (write it like 2026/11/25).</source>
        <translation>日付を読み取れません（2026/11/25 のように記入してください）。</translation>
    </message>
    <message>
        <source>The time cannot be read (write it like 9:30).</source>
        <translation>時刻を読み取れません（9:30 のように記入してください）。</translation>
    </message>
    <message>
        <source>Unknown service {service}. Add it to [services] in the mapping.</source>
        <translation>不明な用件です：{service}。対応付けファイルの [services] に追加してください。</translation>
    </message>
    <message>
        <source>The name (氏名) is empty.</source>
        <translation>氏名が空欄です。</translation>
    </message>
    <message>
        <source>The birth date cannot be read (write it like 1980/5/1).</source>
        <translation>生年月日を読み取れません（1980/5/1 のように記入してください）。</translation>
    </message>
    <message>
        <source>Some characters cannot be written in CP932 (line:column {cells}). Nothing was written: export as UTF-8 (--encoding utf-8-sig) or correct the names.</source>
        <translation>CP932 で書き出せない文字があります（行:列 {cells}）。何も書き出していません。UTF-8 で書き出す（--encoding utf-8-sig）か、氏名を修正してください。</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>この予約は削除されています。</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>訂正の理由を入力してください。</translation>
    </message>
    <message>
        <source>This resident is not marked as a no-show.</source>
        <translation>この住民は無断キャンセルになっていません。</translation>
    </message>
    <message>
        <source>This booking was cancelled; check in as a walk-in.</source>
        <translation>この予約は取り消されています。予約なしで受付してください。</translation>
    </message>
    <message>
        <source>This booking is for {day}. Check in on that day, or move it.</source>
        <translation>この予約は{day}のものです。その日に受付するか、予約日を変更してください。</translation>
    </message>
    <message>
        <source>Everyone on this booking has checked in already.</source>
        <translation>この予約の全員がすでに受付済みです。</translation>
    </message>
    <message>
        <source>This booking was cancelled; make a new one.</source>
        <translation>この予約は取り消されています。新しく予約してください。</translation>
    </message>
    <message>
        <source>Nobody on this booking can be cancelled: they have checked in.</source>
        <translation>この予約の全員が受付済みのため、取り消せません。</translation>
    </message>
    <message>
        <source>Someone on this booking has checked in or not come; it cannot move.</source>
        <translation>この予約には受付済みまたは無断キャンセルの人がいるため、変更できません。</translation>
    </message>
    <message>
        <source>Choose a different time to move the booking to.</source>
        <translation>変更先として別の時刻を選択してください。</translation>
    </message>
    <message>
        <source>Person {position} already has a booking for this service on {day}.</source>
        <translation>{position}人目の方は、{day}にこの用件の予約がすでにあります。</translation>
    </message>
    <message>
        <source>This session rule no longer exists.</source>
        <translation>この開庁ルールは削除されています。</translation>
    </message>
    <message>
        <source>{count} future bookings hold slots of this resource. Keep the slot length until they have passed, or move them first.</source>
        <translation>この設備の予約枠には今後の予約が{count}件あります。それらの日が過ぎるまで予約枠の長さを変えないか、先に予約を移動してください。</translation>
    </message>
    <message>
        <source>Enter a number of units between 0 and {max}.</source>
        <translation>台数は0～{max}で入力してください。</translation>
    </message>
    <message>
        <source>This row has the same booking id as line {first} but another date, time or service.</source>
        <translation>この行は{first}行目と予約IDが同じですが、日付・時刻・用件が異なります。</translation>
    </message>
    <message>
        <source>Choose the encoding utf-8-sig or cp932.</source>
        <translation>文字コードは utf-8-sig または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Never write down a PIN. Remove the digits from the remarks.</source>
        <translation>暗証番号は絶対に記録しないでください。備考から数字を削除してください。</translation>
    </message>
    <message>
        <source>Keep the remarks under {max} characters.</source>
        <translation>備考は{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The resident&apos;s identity documents are not enough.</source>
        <translation>本人の本人確認書類が不足しています。</translation>
    </message>
    <message>
        <source>Choose why the handover notice was not brought.</source>
        <translation>交付通知書を持参しなかった理由を選択してください。</translation>
    </message>
    <message>
        <source>Have the declaration for the missing notice signed.</source>
        <translation>交付通知書を持参できない旨の申述書に署名してもらってください。</translation>
    </message>
    <message>
        <source>A proxy cannot collect a card without the handover notice: its power of attorney is on it. Ask the resident to come, or to find the notice.</source>
        <translation>交付通知書には委任状欄があるため、交付通知書がないと代理人は受け取れません。本人に来庁してもらうか、交付通知書を探してもらってください。</translation>
    </message>
    <message>
        <source>A face-recognition card carries no signature certificate. Untick it.</source>
        <translation>顔認証マイナンバーカードには署名用電子証明書を搭載できません。チェックを外してください。</translation>
    </message>
    <message>
        <source>Tick when the PINs have been set on the terminal.</source>
        <translation>統合端末で暗証番号を設定したらチェックしてください。</translation>
    </message>
    <message>
        <source>A resident under 15 is not issued the signature certificate. Untick it.</source>
        <translation>15歳未満の方には署名用電子証明書は発行されません。チェックを外してください。</translation>
    </message>
    <message>
        <source>Choose the terminal used.</source>
        <translation>使用した統合端末を選択してください。</translation>
    </message>
    <message>
        <source>The terminal {terminal} is not one of the office&apos;s terminals.</source>
        <translation>統合端末 {terminal} はこの窓口の端末ではありません。</translation>
    </message>
    <message>
        <source>Choose why the resident cannot come.</source>
        <translation>本人が来庁できない理由を選択してください。</translation>
    </message>
    <message>
        <source>Choose the document that proves the reason.</source>
        <translation>理由を証明する書類を選択してください。</translation>
    </message>
    <message>
        <source>{proof} does not prove this reason ({reason}).</source>
        <translation>{proof}では、この理由（{reason}）を証明できません。</translation>
    </message>
    <message>
        <source>The resident&apos;s birth date is not recorded, so the age cannot be checked. Add it in the residents page.</source>
        <translation>本人の生年月日が登録されていないため、年齢を確認できません。住民のページで登録してください。</translation>
    </message>
    <message>
        <source>The resident is {age}, not under 15. Choose another reason.</source>
        <translation>本人は{age}歳で、15歳未満ではありません。別の理由を選択してください。</translation>
    </message>
    <message>
        <source>The resident is {age}, not 75 or older. Choose another reason.</source>
        <translation>本人は{age}歳で、75歳以上ではありません。別の理由を選択してください。</translation>
    </message>
    <message>
        <source>Check the power of attorney (委任状) on the notice and tick it.</source>
        <translation>交付通知書の委任状欄を確認して、チェックしてください。</translation>
    </message>
    <message>
        <source>The proxy&apos;s own identity documents are not enough.</source>
        <translation>代理人本人の本人確認書類が不足しています。</translation>
    </message>
    <message>
        <source>A period is a whole number of months from 1 to {max}, or empty.</source>
        <translation>期間は1～{max}の整数（月数）で入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Give at least one period, or choose to keep unclaimed cards.</source>
        <translation>期間を少なくとも1つ入力するか、未受取カードを廃棄しない設定にしてください。</translation>
    </message>
    <message>
        <source>Choose what was done for {service}.</source>
        <translation>{service}で行った内容を選択してください。</translation>
    </message>
    <message>
        <source>No waiting card matches. Check the number and the birth date, or search by kana.</source>
        <translation>該当する交付待ちのカードがありません。番号と生年月日を確認するか、カナで検索してください。</translation>
    </message>
    <message>
        <source>That handover record does not exist.</source>
        <translation>該当する交付記録がありません。</translation>
    </message>
    <message>
        <source>This card belongs to another resident. Check the name and birth date.</source>
        <translation>このカードは別の住民のものです。氏名と生年月日を確認してください。</translation>
    </message>
    <message>
        <source>This card is {state}: only a card whose notice or invitation was sent can be handed over.</source>
        <translation>このカードは「{state}」です。交付できるのは、交付通知書または来庁案内を送付済みのカードだけです。</translation>
    </message>
    <message>
        <source>That queue ticket is for another resident or service. Choose the right one.</source>
        <translation>その受付番号は別の住民または用件のものです。正しい受付番号を選択してください。</translation>
    </message>
    <message>
        <source>Queue number {number} is already {state}. Check the board.</source>
        <translation>受付番号 {number} はすでに「{state}」です。受付一覧を確認してください。</translation>
    </message>
    <message>
        <source>This card was already handed over.</source>
        <translation>このカードはすでに交付済みです。</translation>
    </message>
    <message>
        <source>That visit is not a finished visit of this resident.</source>
        <translation>その来庁記録は、この住民の完了した来庁ではありません。</translation>
    </message>
    <message>
        <source>The personal details of this handover were removed under the retention rule.</source>
        <translation>この交付の個人情報は、保存期間の規定により削除されています。</translation>
    </message>
    <message>
        <source>Choose A5 or A4 for the receipt.</source>
        <translation>受領書の用紙は A5 または A4 を選択してください。</translation>
    </message>
    <message>
        <source>This card is {state}; it is no longer waiting to be collected.</source>
        <translation>このカードは「{state}」のため、受取待ちではありません。</translation>
    </message>
    <message>
        <source>A reminder for this card was already recorded today.</source>
        <translation>このカードの再通知は本日すでに記録されています。</translation>
    </message>
    <message>
        <source>The return of this notice is already recorded.</source>
        <translation>この通知書の返戻はすでに記録されています。</translation>
    </message>
    <message>
        <source>That letter is not recorded for this card.</source>
        <translation>その通知書は、このカードの記録にありません。</translation>
    </message>
    <message>
        <source>The return of this letter is already recorded.</source>
        <translation>この通知書の返戻はすでに記録されています。</translation>
    </message>
    <message>
        <source>A letter cannot come back before it was sent. Check the date.</source>
        <translation>送付日より前に返戻されることはありません。日付を確認してください。</translation>
    </message>
    <message>
        <source>Choose at least one card to dispose of.</source>
        <translation>廃棄するカードを少なくとも1枚選択してください。</translation>
    </message>
    <message>
        <source>A chosen card is not yet due for disposal under the municipality&apos;s rule.</source>
        <translation>選択したカードの中に、市区町村の規定ではまだ廃棄できないものがあります。</translation>
    </message>
    <message>
        <source>That disposal list does not exist.</source>
        <translation>該当する廃棄一覧がありません。</translation>
    </message>
    <message>
        <source>That service record does not exist.</source>
        <translation>該当する窓口手続の記録がありません。</translation>
    </message>
    <message>
        <source>This card cannot be mailed: the identity was not checked when the resident applied. Send a handover notice so the resident collects it at the counter.</source>
        <translation>申請時に本人確認をしていないため、このカードは郵送できません。交付通知書を送付し、窓口で受け取ってもらってください。</translation>
    </message>
    <message>
        <source>This card is to be collected at the counter, not mailed. Send a handover notice instead.</source>
        <translation>このカードは郵送ではなく窓口交付です。交付通知書を送付してください。</translation>
    </message>
    <message>
        <source>This card is to be mailed to the resident. Add it to a mailing batch instead of a notice.</source>
        <translation>このカードは本人に郵送するものです。交付通知書ではなく、発送に追加してください。</translation>
    </message>
    <message>
        <source>Enter or scan the tracking number.</source>
        <translation>追跡番号を入力するか、読み取ってください。</translation>
    </message>
    <message>
        <source>A tracking number has digits only (hyphens and spaces are ignored). Check it.</source>
        <translation>追跡番号は数字だけです（ハイフンと空白は無視されます）。確認してください。</translation>
    </message>
    <message>
        <source>A tracking number has 11 to 13 digits ({count} entered). Check it against the label.</source>
        <translation>追跡番号は11～13桁です（入力は{count}桁）。ラベルと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>Say briefly why the item came back (reason: other).</source>
        <translation>返戻された理由を簡単に入力してください（理由：その他）。</translation>
    </message>
    <message>
        <source>The note is too long: keep it under {max} characters.</source>
        <translation>メモが長すぎます。{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The date cannot be in the future. Check the date.</source>
        <translation>未来の日付は指定できません。日付を確認してください。</translation>
    </message>
    <message>
        <source>The date is more than {days} days ago. Record the step on the day it happens.</source>
        <translation>{days}日より前の日付です。処理はその日のうちに記録してください。</translation>
    </message>
    <message>
        <source>The date is before the card&apos;s previous step ({earlier}). Check it.</source>
        <translation>カードの前の処理（{earlier}）より前の日付です。確認してください。</translation>
    </message>
    <message>
        <source>No postage is set for {method} on {date}. An administrator sets it in Settings › Dated values.</source>
        <translation>{date}時点の{method}の郵送料が設定されていません。管理者が 設定 › 年月日別の設定 で設定します。</translation>
    </message>
    <message>
        <source>The batch is empty: there is nothing to print.</source>
        <translation>発送にカードがないため、印刷するものがありません。</translation>
    </message>
    <message>
        <source>A booking guide needs the handover notice first: record the notice and its reservation number.</source>
        <translation>交付予約のご案内には、先に交付通知書の記録が必要です。交付通知書と予約番号を記録してください。</translation>
    </message>
    <message>
        <source>Choose at least one card.</source>
        <translation>カードを少なくとも1枚選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one returned card.</source>
        <translation>返戻されたカードを少なくとも1枚選択してください。</translation>
    </message>
    <message>
        <source>Only a card returned by the post office gets an invitation to the counter.</source>
        <translation>来庁のご案内を送付できるのは、郵便局から返戻されたカードだけです。</translation>
    </message>
    <message>
        <source>A label sheet has 1 to 5 columns and 1 to 15 rows.</source>
        <translation>ラベル用紙は1～5列、1～15行で指定してください。</translation>
    </message>
    <message>
        <source>A label must be at least 30 mm wide and 15 mm high to hold an address.</source>
        <translation>住所を印刷するには、ラベルの幅30 mm以上、高さ15 mm以上が必要です。</translation>
    </message>
    <message>
        <source>Margins and gaps cannot be negative.</source>
        <translation>余白と間隔に負の値は指定できません。</translation>
    </message>
    <message>
        <source>A printer offset above 10 mm is a wrong setting: check the sheet instead.</source>
        <translation>プリンターの位置補正が10 mmを超えるのは設定の誤りです。用紙の設定を確認してください。</translation>
    </message>
    <message>
        <source>The label text size must be 6 to 16 points.</source>
        <translation>ラベルの文字サイズは6～16ポイントにしてください。</translation>
    </message>
    <message>
        <source>The labels do not fit on A4 ({width} × {height} mm needed). Check the sizes and margins.</source>
        <translation>ラベルがA4用紙に収まりません（{width} × {height} mm 必要）。大きさと余白を確認してください。</translation>
    </message>
    <message>
        <source>Enter a whole number of days from {min} to {max}.</source>
        <translation>{min}～{max}の整数（日数）を入力してください。</translation>
    </message>
    <message>
        <source>That mailed item does not exist.</source>
        <translation>該当する郵便物がありません。</translation>
    </message>
    <message>
        <source>That mailing batch does not exist.</source>
        <translation>該当する発送がありません。</translation>
    </message>
    <message>
        <source>There is no mailing batch number {number}.</source>
        <translation>発送No.{number}はありません。</translation>
    </message>
    <message>
        <source>Batch {number} was already sent; it cannot be changed.</source>
        <translation>発送No.{number}は発送済みのため、変更できません。</translation>
    </message>
    <message>
        <source>Only set-up cards can be mailed; this card case is {state}. Refresh the list.</source>
        <translation>郵送できるのは設定済のカードだけです。この案件は「{state}」です。一覧を更新してください。</translation>
    </message>
    <message>
        <source>This card is already in mailing batch {number}.</source>
        <translation>このカードはすでに発送No.{number}に含まれています。</translation>
    </message>
    <message>
        <source>Choose at least one card for the batch.</source>
        <translation>発送するカードを少なくとも1枚選択してください。</translation>
    </message>
    <message>
        <source>That item is not in this batch.</source>
        <translation>その郵便物はこの発送に含まれていません。</translation>
    </message>
    <message>
        <source>The item was already delivered or returned; its tracking number stays as it is.</source>
        <translation>この郵便物は配達済みまたは返戻済みのため、追跡番号は変更できません。</translation>
    </message>
    <message>
        <source>A mailed item keeps its tracking number.</source>
        <translation>発送済みの郵便物の追跡番号は変更できません。</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used for item {position} of batch {batch}. Check the label.</source>
        <translation>追跡番号 {number} は、発送No.{batch}の{position}件目ですでに使われています。ラベルを確認してください。</translation>
    </message>
    <message>
        <source>That tracking number is already used by another item.</source>
        <translation>その追跡番号は別の郵便物ですでに使われています。</translation>
    </message>
    <message>
        <source>The batch is empty. Add cards or discard it.</source>
        <translation>発送にカードがありません。カードを追加するか、この発送を破棄してください。</translation>
    </message>
    <message>
        <source>{count} item(s) have no tracking number yet. Enter or scan every tracking number before recording the batch as sent.</source>
        <translation>追跡番号が未入力の郵便物が{count}件あります。発送済にする前に、すべての追跡番号を入力または読み取ってください。</translation>
    </message>
    <message>
        <source>This card was already registered as arrived on {date}. It is now: {state}.</source>
        <translation>このカードは{date}に到着登録済みです。現在の状態：{state}</translation>
    </message>
    <message>
        <source>This card case is already past arrival. It is now: {state}.</source>
        <translation>この案件はすでに到着より後の段階です。現在の状態：{state}</translation>
    </message>
    <message>
        <source>A card case with this application ID already exists. Find it by the ID and register it from the list.</source>
        <translation>この申請書IDの案件はすでにあります。申請書IDで検索し、一覧から登録してください。</translation>
    </message>
    <message>
        <source>Only a returned item has a return note.</source>
        <translation>返戻のメモを付けられるのは、返戻された郵便物だけです。</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened. Check that it still exists.</source>
        <translation>ファイル {name} を開けません。ファイルがあるか確認してください。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a photo. Choose the photo itself (JPEG or PNG).</source>
        <translation>ファイル {name} は写真としては大きすぎます。写真のファイル（JPEG または PNG）を選択してください。</translation>
    </message>
    <message>
        <source>The file {name} is not a photo Madoguchi can read. Save it as JPEG or PNG and try again.</source>
        <translation>ファイル {name} は Madoguchi で読み込める写真ではありません。JPEG または PNG で保存して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The photo is too large. Choose a photo of at most 120 megapixels.</source>
        <translation>写真が大きすぎます。1億2000万画素以下の写真を選択してください。</translation>
    </message>
    <message>
        <source>{setting} must be a number from {low} to {high}.</source>
        <translation>{setting}は{low}～{high}の数値にしてください。</translation>
    </message>
    <message>
        <source>The lowest face brightness must be below the highest.</source>
        <translation>顔の明るさの下限は上限より小さくしてください。</translation>
    </message>
    <message>
        <source>Each smallest size must be below the largest size.</source>
        <translation>それぞれの最小サイズは最大サイズより小さくしてください。</translation>
    </message>
    <message>
        <source>The head and the space above it must fit in the 45 mm height.</source>
        <translation>頭部とその上の余白は、高さ45 mmに収まるようにしてください。</translation>
    </message>
    <message>
        <source>The countdown is 1 to 10 seconds.</source>
        <translation>カウントダウンは1～10秒で指定してください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>フォルダー {folder} がありません。存在するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>A photo can be added only while the card case is received or suspended (it is {state}).</source>
        <translation>写真を追加できるのは、案件が受付中または中断のときだけです（現在は「{state}」）。</translation>
    </message>
    <message>
        <source>Only a photo with exactly one face can be stored. Take the photo again.</source>
        <translation>保存できるのは、顔が1人分だけ写った写真です。撮影し直してください。</translation>
    </message>
    <message>
        <source>This photo cannot be used for the card (resolution or file). Take the photo again.</source>
        <translation>この写真はカードに使用できません（解像度またはファイルの問題）。撮影し直してください。</translation>
    </message>
    <message>
        <source>Choose the reason for accepting a photo that failed a check.</source>
        <translation>確認で不適合となった写真を使用する理由を選択してください。</translation>
    </message>
    <message>
        <source>Describe the reason for accepting the photo in the note.</source>
        <translation>写真を使用する理由をメモに記入してください。</translation>
    </message>
    <message>
        <source>The photo file is not valid for the application. Take the photo again.</source>
        <translation>写真のファイルが申請の要件を満たしていません。撮影し直してください。</translation>
    </message>
    <message>
        <source>Only a child under one year old may have a card without a photo. Check the birth date.</source>
        <translation>写真なしのカードを申請できるのは1歳未満の子どもだけです。生年月日を確認してください。</translation>
    </message>
    <message>
        <source>That photo does not exist (it may have been deleted).</source>
        <translation>該当する写真がありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>That photo&apos;s file was deleted (retention or retake).</source>
        <translation>この写真のファイルは削除されています（保存期間の経過または撮り直し）。</translation>
    </message>
    <message>
        <source>The photo file is missing from the data folder. Take the photo again.</source>
        <translation>データフォルダーに写真のファイルがありません。撮影し直してください。</translation>
    </message>
    <message>
        <source>The photo file was changed outside Madoguchi. Take the photo again.</source>
        <translation>写真のファイルが Madoguchi の外で変更されています。撮影し直してください。</translation>
    </message>
    <message>
        <source>No export folder is set for this PC. Choose one in Settings › Photo first.</source>
        <translation>このPCには書き出し先のフォルダーが設定されていません。先に 設定 › 写真 で選択してください。</translation>
    </message>
    <message>
        <source>The export folder {folder} is not available. Connect the drive or choose another folder.</source>
        <translation>書き出し先のフォルダー {folder} を使用できません。ドライブを接続するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Type the month as YYYY-MM, for example 2026-11.</source>
        <translation>月は YYYY-MM の形式で入力してください（例：2026-11）。</translation>
    </message>
    <message>
        <source>Type the fiscal year as the year it starts (2026 for 2026-04 to 2027-03) or as R8.</source>
        <translation>年度は開始年（2026年4月～2027年3月なら 2026）または R8 のように入力してください。</translation>
    </message>
    <message>
        <source>The {era} era ended in {year}. Check the era and year.</source>
        <translation>{era}は{year}年で終わっています。元号と年を確認してください。</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>{first}～{last}の年を選択してください。</translation>
    </message>
    <message>
        <source>The character {char} ({code}) cannot be written in Shift_JIS (CP932). Export the CSV as UTF-8 instead.</source>
        <translation>文字 {char}（{code}）は Shift_JIS（CP932）で書き出せません。CSV は UTF-8 で書き出してください。</translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Check that the folder exists and that you may write there.</source>
        <translation>{file} に書き込めません（{reason}）。フォルダーがあり、書き込みが許可されているか確認してください。</translation>
    </message>
    <message>
        <source>The QR code is empty. Read it again or type the ID.</source>
        <translation>QRコードが空です。読み取り直すか、申請書IDを入力してください。</translation>
    </message>
    <message>
        <source>The QR code holds more than one 23-digit number. Type the application form ID printed on the form.</source>
        <translation>QRコードに23桁の数字が複数含まれています。申請書に印字された申請書IDを入力してください。</translation>
    </message>
    <message>
        <source>This QR code holds no application form ID (no 23-digit number; the longest run has {count} digits). Is it the QR code of the application form?</source>
        <translation>このQRコードには申請書IDがありません（23桁の数字がなく、最も長い数字の並びは{count}桁です）。交付申請書のQRコードか確認してください。</translation>
    </message>
    <message>
        <source>Type the 23-digit application form ID, or scan the QR code of the form.</source>
        <translation>23桁の申請書IDを入力するか、申請書のQRコードを読み取ってください。</translation>
    </message>
    <message>
        <source>The application form ID has digits only; remove “{chars}”.</source>
        <translation>申請書IDは数字だけです。「{chars}」を削除してください。</translation>
    </message>
    <message>
        <source>This is 12 digits, like an Individual Number (個人番号), which must never be recorded. The application form ID has 23 digits: type the ID from the form.</source>
        <translation>12桁で、個人番号のようです。個人番号は記録してはいけません。申請書IDは23桁です。申請書のIDを入力してください。</translation>
    </message>
    <message>
        <source>The application form ID has 23 digits; {count} were entered ({missing} missing). Check it against the form.</source>
        <translation>申請書IDは23桁ですが、{count}桁が入力されています（{missing}桁不足）。申請書と照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>The application form ID has 23 digits; {count} were entered ({extra} too many). Check it against the form.</source>
        <translation>申請書IDは23桁ですが、{count}桁が入力されています（{extra}桁超過）。申請書と照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>No QR code was found. Hold the form&apos;s QR code flat and well lit in front of the camera, or type the ID.</source>
        <translation>QRコードが見つかりません。申請書のQRコードを平らにして明るい場所でカメラに向けるか、申請書IDを入力してください。</translation>
    </message>
    <message>
        <source>The image {name} cannot be read. Check the file.</source>
        <translation>画像 {name} を読み込めません。ファイルを確認してください。</translation>
    </message>
    <message>
        <source>{name} is not an image this PC can read (use PNG or JPEG).</source>
        <translation>{name} はこのPCで読み込める画像ではありません（PNG または JPEG を使用してください）。</translation>
    </message>
    <message>
        <source>The identity documents are not enough for a card sent by post.</source>
        <translation>カードを郵送するには、本人確認書類が不足しています。</translation>
    </message>
    <message>
        <source>Ask for consent to keep a copy of the ID, and tick it.</source>
        <translation>本人確認書類の写しを保管することへの同意を得て、チェックしてください。</translation>
    </message>
    <message>
        <source>Receive the sealed PIN setting request form (暗証番号設定依頼書), and tick it.</source>
        <translation>封をした暗証番号設定依頼書を受け取り、チェックしてください。</translation>
    </message>
    <message>
        <source>Choose how the card will be delivered.</source>
        <translation>カードの交付方法を選択してください。</translation>
    </message>
    <message>
        <source>Confirm the name and the furigana with the resident.</source>
        <translation>氏名とフリガナを本人に確認してください。</translation>
    </message>
    <message>
        <source>Confirm the postal code and the mailing address with the resident.</source>
        <translation>郵便番号と送付先の住所を本人に確認してください。</translation>
    </message>
    <message>
        <source>A card sent by post needs the postal code and the address: add them at reception.</source>
        <translation>カードを郵送するには郵便番号と住所が必要です。受付で入力してください。</translation>
    </message>
    <message>
        <source>Never write down a PIN. Remove the digits.</source>
        <translation>暗証番号は絶対に記録しないでください。数字を削除してください。</translation>
    </message>
    <message>
        <source>Keep the note under {max} characters.</source>
        <translation>メモは{max}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Type the resident&apos;s phone number as 10 or 11 digits (hyphens allowed).</source>
        <translation>住民の電話番号を10桁または11桁の数字で入力してください（ハイフン可）。</translation>
    </message>
    <message>
        <source>The resident has no queue number yet.</source>
        <translation>この住民にはまだ受付番号がありません。</translation>
    </message>
    <message>
        <source>Type or scan the 23-digit application form ID, or choose “No form” to reissue it on the national terminal.</source>
        <translation>23桁の申請書IDを入力または読み取るか、統合端末で再発行する場合は「申請書なし」を選択してください。</translation>
    </message>
    <message>
        <source>Type or scan the 23-digit application form ID.</source>
        <translation>23桁の申請書IDを入力するか、読み取ってください。</translation>
    </message>
    <message>
        <source>Explain the terms of use and tick them.</source>
        <translation>利用規約を説明し、チェックしてください。</translation>
    </message>
    <message>
        <source>Send the online application, or choose a paper application to be posted.</source>
        <translation>オンライン申請を送信するか、郵送申請を選択してください。</translation>
    </message>
    <message>
        <source>Press “Online application sent” once the tablet shows the application was sent.</source>
        <translation>タブレットに申請完了と表示されたら「オンライン申請送信済」を押してください。</translation>
    </message>
    <message>
        <source>Explain what happens next and what to bring at handover, and tick it.</source>
        <translation>今後の流れと交付時の持ち物を説明し、チェックしてください。</translation>
    </message>
    <message>
        <source>Choose the photo: taken on the spot, brought by the resident, or none for a child under one.</source>
        <translation>写真を選択してください：その場で撮影、本人が持参、または1歳未満のため写真なし。</translation>
    </message>
    <message>
        <source>A card without a photo is only for a child under one: record the birth date at reception first.</source>
        <translation>写真なしのカードは1歳未満の子どもに限られます。先に受付で生年月日を登録してください。</translation>
    </message>
    <message>
        <source>The resident is {age}: only a child under one gets a card without a photo.</source>
        <translation>本人は{age}歳です。写真なしのカードは1歳未満の子どもに限られます。</translation>
    </message>
    <message>
        <source>No tablet is set up here. Add the tablets in Settings › Office (or to the venue session), or choose a paper application.</source>
        <translation>ここではタブレットが設定されていません。設定 › 窓口（または出張会場の設定）でタブレットを追加するか、郵送申請を選択してください。</translation>
    </message>
    <message>
        <source>Choose the tablet used for the application.</source>
        <translation>申請に使用したタブレットを選択してください。</translation>
    </message>
    <message>
        <source>The contact name is missing.</source>
        <translation>連絡先の名前が入力されていません。</translation>
    </message>
    <message>
        <source>The weeks until the notice arrives must be 1 to 26, the first not after the second.</source>
        <translation>交付通知書が届くまでの週数は1～26で、1つ目の値は2つ目以下にしてください。</translation>
    </message>
    <message>
        <source>Choose A5 or the 80 mm receipt for the slip.</source>
        <translation>控えの用紙は A5 または 80 mm ロール紙を選択してください。</translation>
    </message>
    <message>
        <source>List at most {n} things to bring, each under {length} characters.</source>
        <translation>持ち物は{n}件まで、それぞれ{length}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Choose a camera number from 0 to 9.</source>
        <translation>カメラ番号は0～9から選択してください。</translation>
    </message>
    <message>
        <source>There is no office database in {folder} to back up.</source>
        <translation>{folder} にはバックアップする窓口のデータベースがありません。</translation>
    </message>
    <message>
        <source>Keep backups of 1 to 365 days.</source>
        <translation>バックアップの保存期間は1～365日で指定してください。</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>バックアップのパスフレーズは{n}文字以上にしてください。関係のない単語をいくつか組み合わせると、覚えやすく推測されにくくなります。</translation>
    </message>
    <message>
        <source>No office backup passphrase is set yet. An administrator sets it under Backups (or with &apos;madoguchi backup-passphrase&apos;) before encrypted copies can be written.</source>
        <translation>窓口のバックアップ用パスフレーズがまだ設定されていません。暗号化したコピーを書き出す前に、管理者が「バックアップ」（または「madoguchi backup-passphrase」）で設定してください。</translation>
    </message>
    <message>
        <source>That is not the office backup passphrase. Check it (capital letters, spaces) or ask the administrator.</source>
        <translation>窓口のバックアップ用パスフレーズと一致しません。大文字・小文字や空白を確認するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The data folder {folder} is on a network share ({where}). Madoguchi keeps the office database only on this PC&apos;s own disk: SQLite&apos;s file locking and its write-ahead log do not work reliably over a network, and the records could be damaged. Choose a folder on a local disk (the default folder is one) and use backups to keep copies elsewhere.</source>
        <translation>データフォルダー {folder} はネットワーク上の共有フォルダーにあります（{where}）。Madoguchi は窓口のデータベースをこのPCのディスクにだけ保存します。ネットワーク経由では SQLite のファイルロックと先行書き込みログが確実に動作せず、記録が破損するおそれがあります。ローカルディスク上のフォルダー（既定のフォルダーはローカルディスク上にあります）を選択し、別の場所にはバックアップでコピーを保管してください。</translation>
    </message>
    <message>
        <source>Madoguchi is open on this data folder. Close Madoguchi on this PC first (or restore from its Backups window); nothing was changed.</source>
        <translation>このデータフォルダーで Madoguchi が開いています。先にこのPCの Madoguchi を終了してください（または Madoguchi の「バックアップ」画面から復元してください）。何も変更していません。</translation>
    </message>
    <message>
        <source>{name} is not a Madoguchi backup (or cannot be read). Nothing was changed.</source>
        <translation>{name} は Madoguchi のバックアップではありません（または読み込めません）。何も変更していません。</translation>
    </message>
    <message>
        <source>This backup is encrypted: give the office backup passphrase (MADOGUCHI_BACKUP_PASSPHRASE or when asked). Nothing was changed.</source>
        <translation>このバックアップは暗号化されています。窓口のバックアップ用パスフレーズを指定してください（MADOGUCHI_BACKUP_PASSPHRASE、または入力を求められたとき）。何も変更していません。</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed; check it and try again.</source>
        <translation>このパスフレーズではバックアップを開けません。何も変更していません。確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This backup was written by a newer Madoguchi (schema {have}; this version knows {newest}). Install the newer version first. Nothing was changed.</source>
        <translation>このバックアップは新しいバージョンの Madoguchi で作成されています（スキーマ {have}、このバージョンの対応は {newest} まで）。先に新しいバージョンをインストールしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged (SQLite&apos;s integrity check failed). Nothing was changed; use another backup.</source>
        <translation>バックアップ {name} は破損しています（SQLite の整合性チェックに失敗）。何も変更していません。別のバックアップを使用してください。</translation>
    </message>
    <message>
        <source>That pop-up session does not exist.</source>
        <translation>該当する出張受付がありません。</translation>
    </message>
    <message>
        <source>Choose a pop-up venue, not the office.</source>
        <translation>本庁の窓口ではなく、出張会場を選択してください。</translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation>該当する職員がいません。</translation>
    </message>
    <message>
        <source>Applications were recorded at this session: it cannot be removed.</source>
        <translation>この出張受付では申請が記録されているため、削除できません。</translation>
    </message>
    <message>
        <source>Lock the screen after 1 to {n} idle minutes, or 0 for never.</source>
        <translation>画面をロックするまでの無操作時間は1～{n}分で指定してください（0 = ロックしない）。</translation>
    </message>
    <message>
        <source>Queue number {number} is for another service. Open it on that service&apos;s screen.</source>
        <translation>受付番号 {number} は別の用件のものです。その用件の画面で開いてください。</translation>
    </message>
    <message>
        <source>Queue number {number} was marked absent. Check the resident in again on the board.</source>
        <translation>受付番号 {number} は不在になっています。受付一覧でもう一度受付してください。</translation>
    </message>
    <message>
        <source>This application was already finished.</source>
        <translation>この申請はすでに完了しています。</translation>
    </message>
    <message>
        <source>That assisted application does not exist.</source>
        <translation>該当する申請サポートの記録がありません。</translation>
    </message>
    <message>
        <source>This application form ID is already recorded for another application. Check the form: each form belongs to one resident.</source>
        <translation>この申請書IDは別の申請で記録済みです。申請書を確認してください。申請書は1人に1枚です。</translation>
    </message>
    <message>
        <source>This application is {status}: resume it before changing it.</source>
        <translation>この申請は「{status}」です。変更する前に再開してください。</translation>
    </message>
    <message>
        <source>This form belongs to another application.</source>
        <translation>この申請書は別の申請のものです。</translation>
    </message>
    <message>
        <source>This form belongs to another resident.</source>
        <translation>この申請書は別の住民のものです。</translation>
    </message>
    <message>
        <source>This card case is {state}, not received: it cannot be applied for again.</source>
        <translation>この案件は受付中ではなく「{state}」のため、再度申請することはできません。</translation>
    </message>
    <message>
        <source>Say briefly why the application stops.</source>
        <translation>申請を中断する理由を簡単に入力してください。</translation>
    </message>
    <message>
        <source>No camera could be opened (camera {index}). Type the ID, or scan the QR code with the barcode scanner.</source>
        <translation>カメラ（{index}）を開けませんでした。申請書IDを入力するか、バーコードリーダーでQRコードを読み取ってください。</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures. Check its cable, or type the ID.</source>
        <translation>カメラからの映像が止まりました。ケーブルを確認するか、申請書IDを入力してください。</translation>
    </message>
    <message>
        <source>This card case no longer names a resident.</source>
        <translation>このカード案件には住民の情報が残っていません。</translation>
    </message>
</context>
<context>
    <name>ExplainStep</name>
    <message>
        <source>Explanations</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Explain the terms of use and the options, and record what the resident chose.</source>
        <translation>利用規約と選択事項を説明し、本人が選んだ内容を記録してください。</translation>
    </message>
    <message>
        <source>T&amp;erms of use explained (利用規約)</source>
        <translation>利用規約を説明済(&amp;E)</translation>
    </message>
    <message>
        <source>Electronic &amp;certificates wanted (電子証明書)</source>
        <translation>電子証明書の発行を希望(&amp;C)</translation>
    </message>
    <message>
        <source>B&amp;raille on the card (点字)</source>
        <translation>カードへの点字表記を希望(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Face recognition card: no PINs (顔認証マイナンバーカード)</source>
        <translation>顔認証マイナンバーカード（暗証番号なし）(&amp;F)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択事項</translation>
    </message>
    <message>
        <source>At the co&amp;unter, after the handover notice arrives</source>
        <translation>交付通知書が届いた後、窓口で受け取る(&amp;U)</translation>
    </message>
    <message>
        <source>Identity checked &amp;now, card sent by post (申請時来庁)</source>
        <translation>今、本人確認を行い、カードは郵送（申請時来庁）(&amp;N)</translation>
    </message>
    <message>
        <source>How the card will be received</source>
        <translation>カードの受け取り方法</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>ディスクの空き容量がありません。データは失われていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is busy with another task. Nothing was lost; try again in a moment.</source>
        <translation>データベースが別の処理を実行中です。データは失われていません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only). Ask the administrator to check the data folder.</source>
        <translation>データベースファイルに書き込めません（読み取り専用）。データフォルダーの確認を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Windows refused access to a file: {name}</source>
        <translation>Windows によりファイルへのアクセスが拒否されました：{name}</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing that was saved is lost. Copy the details and tell the administrator.</source>
        <translation>予期しないエラーが発生しました。保存済みのデータは失われていません。詳細をコピーして管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Today&apos;s handover queue</source>
        <translation>本日の交付受付</translation>
    </message>
    <message>
        <source>&amp;Start handover</source>
        <translation>交付開始(&amp;S)</translation>
    </message>
    <message>
        <source>S55.5.1 or 1980-05-01</source>
        <translation>S55.5.1 または 1980-05-01</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>23 digits</source>
        <translation>23桁</translation>
    </message>
    <message>
        <source>&amp;Reservation no.:</source>
        <translation>予約番号(&amp;R)：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>生年月日：</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>カナ(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Application form ID:</source>
        <translation>申請書ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Start &amp;walk-in handover</source>
        <translation>予約なしで交付開始(&amp;W)</translation>
    </message>
    <message>
        <source>Find a card</source>
        <translation>カードを検索</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>受付一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Type the reservation number and the birth date.</source>
        <translation>予約番号と生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Type the furigana in kana.</source>
        <translation>フリガナをカナで入力してください。</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or search another way.</source>
        <translation>該当者がいません。表記を確認するか、別の方法で検索してください。</translation>
    </message>
    <message>
        <source>No card is waiting for this resident.</source>
        <translation>この住民の交付待ちのカードはありません。</translation>
    </message>
    <message>
        <source>This card is {state}: it cannot be handed over yet.</source>
        <translation>このカードは「{state}」のため、まだ交付できません。</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Sent</source>
        <translation>発送日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Items with no news</source>
        <translation>配達・返戻の連絡がない郵便物</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返戻日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Returned items to invite</source>
        <translation>来庁案内が必要な返戻分</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>案内日</translation>
    </message>
    <message>
        <source>Invitations not collected</source>
        <translation>来庁案内後の未受取</translation>
    </message>
    <message>
        <source>Print &amp;invitations…</source>
        <translation>来庁のご案内を印刷(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the invitation to the counter for the selected returned cards; once printed they count as invited</source>
        <translation>選択した返戻カードの来庁のご案内を印刷します。印刷すると来庁案内済になります</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>No news after {days} days ({n})</source>
        <translation>{days}日以上連絡なし（{n}）</translation>
    </message>
    <message>
        <source>Returned, to invite ({n})</source>
        <translation>返戻・来庁案内待ち（{n}）</translation>
    </message>
    <message>
        <source>Invited, not collected ({n})</source>
        <translation>来庁案内済・未受取（{n}）</translation>
    </message>
    <message>
        <source>Select the returned cards to invite.</source>
        <translation>来庁案内を送る返戻カードを選択してください。</translation>
    </message>
    <message>
        <source>Preparing the letters</source>
        <translation>案内文を準備中</translation>
    </message>
    <message>
        <source>{n} resident(s) invited to the counter.</source>
        <translation>{n}人を来庁案内済にしました。</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Application form</source>
        <translation>交付申請書</translation>
    </message>
    <message>
        <source>Scan the QR code of the form (barcode scanner or camera) or type the 23-digit application form ID printed on it.</source>
        <translation>申請書のQRコードを読み取る（バーコードリーダーまたはカメラ）か、申請書に印字された23桁の申請書IDを入力してください。</translation>
    </message>
    <message>
        <source>23 digits, or scan the QR code</source>
        <translation>23桁、またはQRコードを読み取り</translation>
    </message>
    <message>
        <source>Application form ID</source>
        <translation>申請書ID</translation>
    </message>
    <message>
        <source>Read the QR code with the &amp;camera</source>
        <translation>カメラでQRコードを読み取る(&amp;C)</translation>
    </message>
    <message>
        <source>Read the QR code from an &amp;image file…</source>
        <translation>画像ファイルからQRコードを読み取る(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;top the camera</source>
        <translation>カメラを停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;No form: a new one is printed on the national terminal (e.g. after a move)</source>
        <translation>申請書なし：統合端末で新しい申請書を印刷（転居後など）(&amp;N)</translation>
    </message>
    <message>
        <source>Application &amp;form ID:</source>
        <translation>申請書ID(&amp;F)：</translation>
    </message>
    <message>
        <source>{count} of 23 digits</source>
        <translation>23桁中{count}桁</translation>
    </message>
    <message>
        <source>ID of the new form, when it is printed</source>
        <translation>新しい申請書を印刷したら、そのID</translation>
    </message>
    <message>
        <source>Hold the form&apos;s QR code in front of the camera…</source>
        <translation>申請書のQRコードをカメラに向けてください…</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>QRコードを読み取っています…</translation>
    </message>
    <message>
        <source>Image of the application form</source>
        <translation>交付申請書の画像</translation>
    </message>
</context>
<context>
    <name>FrameFeed</name>
    <message>
        <source>The camera could not be started. It may be in use by another program (close video calls or the camera app) or unplugged. You can still import a photo from a file.</source>
        <translation>カメラを起動できませんでした。別のプログラムが使用中（ビデオ通話やカメラアプリを終了してください）か、接続されていない可能性があります。ファイルから写真を取り込むこともできます。</translation>
    </message>
    <message>
        <source>The video file cannot be played. Choose another file.</source>
        <translation>動画ファイルを再生できません。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>The camera was disconnected. Plug it in again and choose it, or import a photo from a file.</source>
        <translation>カメラの接続が切れました。接続し直して選択するか、ファイルから写真を取り込んでください。</translation>
    </message>
    <message>
        <source>The camera sends no picture. It may be in use by another program or covered. Close other camera programs and start it again, or import a photo from a file.</source>
        <translation>カメラから映像が届きません。別のプログラムが使用中か、レンズがふさがれている可能性があります。ほかのカメラのプログラムを終了して起動し直すか、ファイルから写真を取り込んでください。</translation>
    </message>
</context>
<context>
    <name>FullnessView</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reso&amp;urce</source>
        <translation>設備(&amp;U)</translation>
    </message>
    <message>
        <source>Counting the seats…</source>
        <translation>予約状況を集計しています…</translation>
    </message>
    <message>
        <source>{year}-{month:02d}: seats taken / offered per day</source>
        <translation>{year}-{month:02d}：日ごとの予約数／受付可能数</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉庁</translation>
    </message>
    <message>
        <source>{resource}: seats taken / on duty per slot</source>
        <translation>{resource}：予約枠ごとの予約数／稼働数</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字の大きさ(&amp;T)</translation>
    </message>
    <message>
        <source>These settings belong to this PC and apply the next time Madoguchi starts.</source>
        <translation>この設定はこのPCだけに適用され、次回 Madoguchi を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Saved. Restart Madoguchi to apply.</source>
        <translation>保存しました。反映するには Madoguchi を再起動してください。</translation>
    </message>
</context>
<context>
    <name>GuidanceStep</name>
    <message>
        <source>What to bring at handover</source>
        <translation>交付時の持ち物</translation>
    </message>
    <message>
        <source>Explain what happens next and what to bring. The slip with the same text prints when you finish (Ctrl+Enter).</source>
        <translation>今後の流れと持ち物を説明してください。完了すると（Ctrl+Enter）、同じ内容の案内票が印刷されます。</translation>
    </message>
    <message>
        <source>&amp;Explained what happens next and what to bring</source>
        <translation>今後の流れと持ち物を説明済(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Identity confirmed: {rule}.</source>
        <translation>本人確認済：{rule}</translation>
    </message>
    <message>
        <source>No card waiting</source>
        <translation>交付待ちのカードなし</translation>
    </message>
    <message>
        <source>Proxy: {reason}</source>
        <translation>代理人：{reason}</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>本人</translation>
    </message>
</context>
<context>
    <name>HandoverChecklist</name>
    <message>
        <source>The resident&apos;s identity documents</source>
        <translation>本人の本人確認書類</translation>
    </message>
    <message>
        <source>Resident&apos;s &amp;ID</source>
        <translation>本人確認書類(&amp;I)</translation>
    </message>
    <message>
        <source>Handover &amp;notice brought</source>
        <translation>交付通知書の持参あり(&amp;N)</translation>
    </message>
    <message>
        <source>— why not? —</source>
        <translation>— 持参しなかった理由 —</translation>
    </message>
    <message>
        <source>Declaration for the missing notice signed</source>
        <translation>交付通知書を持参できない旨の申述書に署名済</translation>
    </message>
    <message>
        <source>Without the notice, check two identity documents.</source>
        <translation>交付通知書がない場合は、本人確認書類を2点確認してください。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>交付通知書</translation>
    </message>
    <message>
        <source>Notification card collected</source>
        <translation>通知カード回収</translation>
    </message>
    <message>
        <source>Resident registration card collected</source>
        <translation>住基カード回収</translation>
    </message>
    <message>
        <source>&amp;Face recognition card (no PINs)</source>
        <translation>顔認証マイナンバーカード（暗証番号なし）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;PINs set by the resident on the terminal</source>
        <translation>本人が統合端末で暗証番号を設定済(&amp;P)</translation>
    </message>
    <message>
        <source>Signature certificate issued</source>
        <translation>署名用電子証明書を発行</translation>
    </message>
    <message>
        <source>User certificate issued</source>
        <translation>利用者証明用電子証明書を発行</translation>
    </message>
    <message>
        <source>Remarks (never a PIN or an Individual Number)</source>
        <translation>備考（暗証番号・個人番号は記入しないでください）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>統合端末(&amp;T)：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>備考(&amp;M)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>&amp;Complete handover</source>
        <translation>交付完了(&amp;C)</translation>
    </message>
    <message>
        <source>Complete the handover and print the receipt (Ctrl+Enter)</source>
        <translation>交付を完了し、受領書を印刷（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Born {date} (age {age})</source>
        <translation>{date}生（{age}歳）</translation>
    </message>
    <message>
        <source>Queue number {number}</source>
        <translation>受付番号 {number}</translation>
    </message>
    <message>
        <source> since {date}</source>
        <translation>（{date}から）</translation>
    </message>
    <message>
        <source>Reservation {number}</source>
        <translation>予約番号 {number}</translation>
    </message>
    <message>
        <source>Everything is checked: complete the handover (Ctrl+Enter).</source>
        <translation>すべて確認済みです。交付を完了してください（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Recording the handover…</source>
        <translation>交付を記録しています…</translation>
    </message>
    <message>
        <source>Returning the visit to the queue…</source>
        <translation>受付待ちに戻しています…</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>&amp;Handover</source>
        <translation>交付(&amp;H)</translation>
    </message>
    <message>
        <source>Counter ser&amp;vices</source>
        <translation>窓口手続(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unclaimed cards</source>
        <translation>未受取カード(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HandoverPrint</name>
    <message>
        <source>Unclaimed cards are kept.</source>
        <translation>未受取カードは廃棄せず保管します。</translation>
    </message>
    <message>
        <source>{n} months after the notice</source>
        <translation>通知から{n}か月</translation>
    </message>
    <message>
        <source>{n} months after the last reminder</source>
        <translation>最後の再通知から{n}か月</translation>
    </message>
    <message>
        <source>Disposal from the later of: {parts}</source>
        <translation>次のうち遅い日から廃棄可：{parts}</translation>
    </message>
    <message>
        <source> (after a reminder)</source>
        <translation>（再通知後に限る）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>発行なし</translation>
    </message>
    <message>
        <source>Proxy ({reason})</source>
        <translation>代理人（{reason}）</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Signature: {signature} / User: {user}</source>
        <translation>署名用：{signature}／利用者証明用：{user}</translation>
    </message>
    <message>
        <source>card {date}</source>
        <translation>カード {date}</translation>
    </message>
    <message>
        <source>certificates {date}</source>
        <translation>電子証明書 {date}</translation>
    </message>
    <message>
        <source> (No. {number})</source>
        <translation>（番号 {number}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>交付日</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受領者</translation>
    </message>
    <message>
        <source>Handover notice</source>
        <translation>交付通知書</translation>
    </message>
    <message>
        <source>Not brought ({reason})</source>
        <translation>持参なし（{reason}）</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Proof of the reason</source>
        <translation>事由の証明</translation>
    </message>
    <message>
        <source>Proxy&apos;s identity</source>
        <translation>代理人の本人確認</translation>
    </message>
    <message>
        <source>Face recognition card: no PINs</source>
        <translation>顔認証マイナンバーカード（暗証番号なし）</translation>
    </message>
    <message>
        <source>PINs set by the resident on the terminal</source>
        <translation>暗証番号は本人が統合端末で設定</translation>
    </message>
    <message>
        <source>Cards returned</source>
        <translation>返納されたカード</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>電子証明書</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Terminal / staff</source>
        <translation>端末／担当</translation>
    </message>
    <message>
        <source>Receipt for the My Number Card</source>
        <translation>マイナンバーカード受領書</translation>
    </message>
    <message>
        <source>As the proxy of the resident below, I have received their My Number Card.</source>
        <translation>下記の者の代理人として、マイナンバーカードを受領しました。</translation>
    </message>
    <message>
        <source>I have received my My Number Card as below.</source>
        <translation>下記のとおり、マイナンバーカードを受領しました。</translation>
    </message>
    <message>
        <source>Proxy&apos;s signature</source>
        <translation>代理人署名</translation>
    </message>
    <message>
        <source>Relationship to the resident</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Handover slip (your copy)</source>
        <translation>交付控え（お客様用）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返納</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名用</translation>
    </message>
    <message>
        <source>user</source>
        <translation>利用者証明用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Card until</source>
        <translation>カード有効期限</translation>
    </message>
    <message>
        <source>Cert. until</source>
        <translation>証明書有効期限</translation>
    </message>
    <message>
        <source>Only you know your PINs: the office never records them. If you forget one, come to the counter with your card.</source>
        <translation>暗証番号はご本人だけが知っているものです。市役所では記録していません。お忘れの場合は、カードをお持ちのうえ窓口へお越しください。</translation>
    </message>
    <message>
        <source>Service slip</source>
        <translation>手続き控え</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Only you know your PINs: the office never records them.</source>
        <translation>暗証番号はご本人だけが知っているものです。市役所では記録していません。</translation>
    </message>
    <message>
        <source>Your My Number Card is waiting (reminder)</source>
        <translation>マイナンバーカードの受け取りについて（お知らせ）</translation>
    </message>
    <message>
        <source>{name} 様</source>
        <translation>{name} 様</translation>
    </message>
    <message>
        <source>Your My Number Card has been ready at our counter since {date}, but it has not been collected yet.</source>
        <translation>あなたのマイナンバーカードは {date} から窓口でお渡しできる状態になっていますが、まだお受け取りいただいていません。</translation>
    </message>
    <message>
        <source>Please collect it by {date}. A card not collected by then may be disposed of under the municipality&apos;s rule; you would then need to apply again.</source>
        <translation>{date} までにお受け取りください。期限までにお受け取りがない場合、市の規定によりカードを廃棄することがあり、その場合は改めて申請が必要になります。</translation>
    </message>
    <message>
        <source>Please collect it as soon as you can.</source>
        <translation>お早めにお受け取りください。</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>お持ちいただくもの</translation>
    </message>
    <message>
        <source>This letter, and the handover notice if you still have it</source>
        <translation>この通知と、お手元にあれば交付通知書</translation>
    </message>
    <message>
        <source>Identity documents: one photo ID (such as a driving licence or passport), or two documents such as a health insurance card and a pension book</source>
        <translation>本人確認書類：顔写真付きのもの1点（運転免許証、旅券など）、または健康保険証・年金手帳など2点</translation>
    </message>
    <message>
        <source>Your notification card and Basic Resident Registration card, if you have them</source>
        <translation>お持ちの場合は、通知カードと住民基本台帳カード</translation>
    </message>
    <message>
        <source>Reservation number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>If someone must collect the card for you, please contact us first: a proxy needs a power of attorney and proof of the reason you cannot come.</source>
        <translation>代理の方が受け取る場合は、事前にご連絡ください。委任状と、ご本人が来庁できない理由を証明する書類が必要です。</translation>
    </message>
    <message>
        <source>Disposal list of unclaimed My Number Cards</source>
        <translation>未受領マイナンバーカード廃棄一覧</translation>
    </message>
    <message>
        <source>Disposal date</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>通知日</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>最終督促日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>HandoverSettingsPage</name>
    <message>
        <source>Dispose of unclaimed cards under this rule</source>
        <translation>この規定で未受取カードを廃棄する</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>使用しない</translation>
    </message>
    <message>
        <source>Only after a reminder was sent</source>
        <translation>再通知の送付後に限る</translation>
    </message>
    <message>
        <source>Unclaimed cards</source>
        <translation>未受取カード</translation>
    </message>
    <message>
        <source>After the first notice or invitation:</source>
        <translation>最初の交付通知書または来庁案内から：</translation>
    </message>
    <message>
        <source>After the last reminder:</source>
        <translation>最後の再通知から：</translation>
    </message>
    <message>
        <source>A card may be disposed of from the later of the two dates, after a supervisor confirms it.</source>
        <translation>カードは、2つの日付のうち遅い日から、監督者の確認を経て廃棄できます。</translation>
    </message>
    <message>
        <source>Also print the 80 mm slip for the resident</source>
        <translation>本人用の80 mm控えも印刷する</translation>
    </message>
    <message>
        <source>Show the print preview first</source>
        <translation>先に印刷プレビューを表示する</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>受領書・控え</translation>
    </message>
    <message>
        <source>Receipt paper:</source>
        <translation>受領書の用紙：</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受取人</translation>
    </message>
    <message>
        <source>Print the receipt a&amp;gain</source>
        <translation>受領書を再印刷(&amp;G)</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>本日の交付</translation>
    </message>
    <message>
        <source>Opening the resident…</source>
        <translation>住民の記録を開いています…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>受領書を準備しています…</translation>
    </message>
</context>
<context>
    <name>HandoverTodayPanel</name>
    <message>
        <source>Handed over today:</source>
        <translation>本日の交付：</translation>
    </message>
    <message>
        <source>Counter services today:</source>
        <translation>本日の窓口手続：</translation>
    </message>
    <message>
        <source>Waiting for a handover:</source>
        <translation>交付待ち：</translation>
    </message>
    <message>
        <source>Unclaimed cards:</source>
        <translation>未受取カード：</translation>
    </message>
    <message>
        <source>{n} ({proxies} by proxy)</source>
        <translation>{n}（うち代理人 {proxies}）</translation>
    </message>
    <message>
        <source> — {due} due for disposal</source>
        <translation> — 廃棄可能 {due}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Open</source>
        <translation>開庁</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation>{day}：開庁時刻</translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation>{day}：閉庁時刻</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation>開庁時間</translation>
    </message>
    <message>
        <source>The usual hours per weekday. Holidays, year-end days and weekend sessions come later.</source>
        <translation>曜日ごとの通常の開庁時間です。祝日、年末年始、休日開庁はあとで設定します。</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>My Number Card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>Certificate of driving record (issued 2012-04-01 or later)</source>
        <translation>運転経歴証明書（平成24年4月1日以降交付のもの）</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>旅券</translation>
    </message>
    <message>
        <source>Physical disability certificate</source>
        <translation>身体障害者手帳</translation>
    </message>
    <message>
        <source>Mental disability certificate</source>
        <translation>精神障害者保健福祉手帳</translation>
    </message>
    <message>
        <source>Rehabilitation certificate (intellectual disability)</source>
        <translation>療育手帳</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Special permanent resident certificate</source>
        <translation>特別永住者証明書</translation>
    </message>
    <message>
        <source>Permission for temporary refuge</source>
        <translation>一時庇護許可書</translation>
    </message>
    <message>
        <source>Permission for provisional stay</source>
        <translation>仮滞在許可書</translation>
    </message>
    <message>
        <source>Basic Resident Registration card with photo</source>
        <translation>写真付き住民基本台帳カード</translation>
    </message>
    <message>
        <source>Photo ID issued by a public office</source>
        <translation>官公署発行の写真付き身分証明書</translation>
    </message>
    <message>
        <source>Seafarer&apos;s pocket ledger</source>
        <translation>船員手帳</translation>
    </message>
    <message>
        <source>Marine officer licence</source>
        <translation>海技免状</translation>
    </message>
    <message>
        <source>Radio operator licence</source>
        <translation>無線従事者免許証</translation>
    </message>
    <message>
        <source>Real estate transaction agent certificate</source>
        <translation>宅地建物取引士証</translation>
    </message>
    <message>
        <source>Aviation personnel competence certificate</source>
        <translation>航空従事者技能証明書</translation>
    </message>
    <message>
        <source>Firearm or air gun possession permit</source>
        <translation>猟銃・空気銃所持許可証</translation>
    </message>
    <message>
        <source>Health insurance qualification certificate</source>
        <translation>資格確認書</translation>
    </message>
    <message>
        <source>Health insurance card (until its expiry)</source>
        <translation>健康保険証（有効期限まで）</translation>
    </message>
    <message>
        <source>Long-term care insurance card</source>
        <translation>介護保険被保険者証</translation>
    </message>
    <message>
        <source>Pension handbook</source>
        <translation>年金手帳</translation>
    </message>
    <message>
        <source>Pension certificate</source>
        <translation>年金証書</translation>
    </message>
    <message>
        <source>Medical benefit recipient certificate</source>
        <translation>医療受給者証</translation>
    </message>
    <message>
        <source>Public assistance recipient certificate</source>
        <translation>生活保護受給者証</translation>
    </message>
    <message>
        <source>Employee ID card</source>
        <translation>社員証</translation>
    </message>
    <message>
        <source>Student ID card</source>
        <translation>学生証</translation>
    </message>
    <message>
        <source>Bank passbook</source>
        <translation>預金通帳</translation>
    </message>
    <message>
        <source>Patient registration card</source>
        <translation>診察券</translation>
    </message>
    <message>
        <source>Other document showing name and birth date or address</source>
        <translation>その他（氏名と生年月日または住所が記載されたもの）</translation>
    </message>
    <message>
        <source>Notification card</source>
        <translation>通知カード</translation>
    </message>
    <message>
        <source>Photo certificate signed by a facility head</source>
        <translation>顔写真証明書（施設長等の証明）</translation>
    </message>
    <message>
        <source>List A</source>
        <translation>A欄</translation>
    </message>
    <message>
        <source>List B</source>
        <translation>B欄</translation>
    </message>
    <message>
        <source>Photo certificate</source>
        <translation>顔写真証明書</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>one document of list A</source>
        <translation>A欄の書類1点</translation>
    </message>
    <message>
        <source>two documents of list B</source>
        <translation>B欄の書類2点</translation>
    </message>
    <message>
        <source>two documents of list A</source>
        <translation>A欄の書類2点</translation>
    </message>
    <message>
        <source>one document of list A and one of list B</source>
        <translation>A欄の書類1点とB欄の書類1点</translation>
    </message>
    <message>
        <source>one document of list A, with the resident typing a PIN on the terminal</source>
        <translation>A欄の書類1点（本人が端末で暗証番号を入力）</translation>
    </message>
    <message>
        <source>the notification card and two documents of list B</source>
        <translation>通知カードとB欄の書類2点</translation>
    </message>
    <message>
        <source>the photo certificate and {n} document(s) of list B</source>
        <translation>顔写真証明書とB欄の書類{n}点</translation>
    </message>
    <message>
        <source>The documents shown are not enough.</source>
        <translation>提示された書類では本人確認が不足しています。</translation>
    </message>
    <message>
        <source>No identity document was chosen.</source>
        <translation>本人確認書類が選択されていません。</translation>
    </message>
    <message>
        <source>Ask the resident to type a PIN on the national terminal, or ask for another document.</source>
        <translation>統合端末で本人に暗証番号を入力してもらうか、別の書類の提示を求めてください。</translation>
    </message>
    <message>
        <source>The photo certificate is never accepted as a proxy&apos;s own ID.</source>
        <translation>顔写真証明書は代理人本人の確認書類としては使えません。</translation>
    </message>
    <message>
        <source>Accepted: {options}.</source>
        <translation>確認できる組み合わせ：{options}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>List</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>Move to list &amp;A</source>
        <translation>A欄へ移動(&amp;A)</translation>
    </message>
    <message>
        <source>Move to list &amp;B</source>
        <translation>B欄へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>Official name, e.g. 町民カード（写真付き）</source>
        <translation>正式名称（例：町民カード（写真付き））</translation>
    </message>
    <message>
        <source>Name of the new document type</source>
        <translation>新しい書類の名称</translation>
    </message>
    <message>
        <source>List of the new document type</source>
        <translation>新しい書類の区分</translation>
    </message>
    <message>
        <source>A&amp;dd type</source>
        <translation>書類を追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation>新しい書類(&amp;N)</translation>
    </message>
    <message>
        <source>Handover: always ask for two documents</source>
        <translation>交付時：常に書類2点を求める</translation>
    </message>
    <message>
        <source>One document of list A, with the resident typing a PIN on the national terminal</source>
        <translation>A欄の書類1点（本人が統合端末で暗証番号を入力）</translation>
    </message>
    <message>
        <source>Two documents of list A</source>
        <translation>A欄の書類2点</translation>
    </message>
    <message>
        <source>One document of list A and one of list B</source>
        <translation>A欄の書類1点とB欄の書類1点</translation>
    </message>
    <message>
        <source>The notification card and two documents of list B</source>
        <translation>通知カードとB欄の書類2点</translation>
    </message>
    <message>
        <source>Identity check when the resident applies (card mailed later)</source>
        <translation>申請時来庁の本人確認（カードは後日郵送）</translation>
    </message>
    <message>
        <source>Accept the photo certificate signed by a facility head, with documents of list B</source>
        <translation>施設長等が証明した顔写真証明書を、B欄の書類と合わせて認める</translation>
    </message>
    <message>
        <source>Documents of list B with the photo certificate</source>
        <translation>顔写真証明書と合わせるB欄の書類</translation>
    </message>
    <message>
        <source>Documents of list B with it</source>
        <translation>合わせるB欄の書類の数</translation>
    </message>
    <message>
        <source>A proxy&apos;s own ID is always two documents: A+A or A+B.</source>
        <translation>代理人本人の確認書類は常に2点（A+A または A+B）です。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>確認方法</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Select a document type in the list first.</source>
        <translation>先に一覧から書類を選択してください。</translation>
    </message>
    <message>
        <source>Added. Save to keep it.</source>
        <translation>追加しました。保存すると確定します。</translation>
    </message>
    <message>
        <source>Not saved: correct the entries and save again.</source>
        <translation>保存されていません。入力内容を修正して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Identity documents not saved</source>
        <translation>本人確認書類を保存できませんでした</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Identity check (card by post)</source>
        <translation>本人確認（カード郵送）</translation>
    </message>
    <message>
        <source>Check the documents now: the card will not be collected at the counter. Never write down a document number and never copy a PIN.</source>
        <translation>カードは窓口で受け取らないため、ここで書類を確認してください。書類の番号は記録せず、暗証番号は絶対に書き写さないでください。</translation>
    </message>
    <message>
        <source>Resident typed a &amp;PIN on the national terminal</source>
        <translation>本人が統合端末で暗証番号を入力(&amp;P)</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>提示された書類</translation>
    </message>
    <message>
        <source>Consent to keep a c&amp;opy of the ID</source>
        <translation>本人確認書類の写しの保管に同意(&amp;O)</translation>
    </message>
    <message>
        <source>Sealed PIN setting &amp;request received (暗証番号設定依頼書)</source>
        <translation>封をした暗証番号設定依頼書を受領(&amp;R)</translation>
    </message>
    <message>
        <source>Paperwork and delivery</source>
        <translation>書類と交付方法</translation>
    </message>
    <message>
        <source>&amp;All four confirmed</source>
        <translation>4項目すべて確認済(&amp;A)</translation>
    </message>
    <message>
        <source>Read out and confirmed</source>
        <translation>読み上げて確認</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>氏名：{value}</translation>
    </message>
    <message>
        <source>Furigana: {value}</source>
        <translation>フリガナ：{value}</translation>
    </message>
    <message>
        <source>Postal code: {value}</source>
        <translation>郵便番号：{value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>住所：{value}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Booking</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Arrival and mailing</source>
        <translation>到着・郵送</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the office…</source>
        <translation>窓口を開いています…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>ログアウトしています…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>画面ロック中</translation>
    </message>
    <message>
        <source>Switch staff</source>
        <translation>職員の交代</translation>
    </message>
    <message>
        <source>The next staff member logs in here. {name} can also log in again to carry on.</source>
        <translation>次の職員はここでログインしてください。{name}さんがログインし直して続けることもできます。</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use, so residents&apos; data is hidden. {name}: enter your password to carry on. Another staff member may log in to take over.</source>
        <translation>一定時間操作がなかったため画面をロックし、住民の情報を隠しました。{name}さん：続けるにはパスワードを入力してください。別の職員がログインして引き継ぐこともできます。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Madoguchi — Log in</source>
        <translation>Madoguchi — ログイン</translation>
    </message>
    <message>
        <source>Madoguchi — My Number Card counter</source>
        <translation>Madoguchi — マイナンバーカード窓口</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>Login &amp;name</source>
        <translation>ログイン名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Opening the office…</source>
        <translation>窓口を開いています…</translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>{wareki} ({weekday}) / {seireki}</source>
        <translation>{wareki}（{weekday}）／{seireki}</translation>
    </message>
    <message>
        <source>Madoguchi — Log in (DEMO)</source>
        <translation>Madoguchi — ログイン（デモ）</translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation>ログイン名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
</context>
<context>
    <name>MailingDocKind</name>
    <message>
        <source>Mailing list</source>
        <translation>発送一覧</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>宛名ラベル</translation>
    </message>
    <message>
        <source>Cover letters</source>
        <translation>送付状</translation>
    </message>
    <message>
        <source>Booking guide letters</source>
        <translation>交付予約のご案内</translation>
    </message>
    <message>
        <source>Invitations to the counter</source>
        <translation>来庁のご案内</translation>
    </message>
</context>
<context>
    <name>MailingDocuments</name>
    <message>
        <source>{amount} yen</source>
        <translation>{amount}円</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>Hours: weekdays {start}–{end}</source>
        <translation>受付時間 平日 {start}～{end}</translation>
    </message>
    <message>
        <source>Restricted-recipient post (special type)</source>
        <translation>本人限定受取郵便（特例型）</translation>
    </message>
    <message>
        <source>Simple registered post</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>宛名ラベル</translation>
    </message>
    <message>
        <source>Ref. {batch}-{position}</source>
        <translation>整理番号 {batch}-{position}</translation>
    </message>
    <message>
        <source>restricted-recipient post (special type)</source>
        <translation>本人限定受取郵便（特例型）</translation>
    </message>
    <message>
        <source>simple registered post</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <source>Your My Number Card</source>
        <translation>マイナンバーカードの送付について</translation>
    </message>
    <message>
        <source>Check that the name, address, date of birth and sex on the card are right.</source>
        <translation>カードに記載された氏名・住所・生年月日・性別に誤りがないか、ご確認ください。</translation>
    </message>
    <message>
        <source>The PINs are the ones you wrote on the PIN request form when you applied. Keep them secret and never write them on the card.</source>
        <translation>暗証番号は、申請時に暗証番号設定依頼書に記入されたものです。他人に知られないよう管理し、カードには絶対に書かないでください。</translation>
    </message>
    <message>
        <source>If you hold a notification card or a Basic Resident Register card, return it to the counter.</source>
        <translation>通知カードまたは住民基本台帳カードをお持ちの方は、窓口へ返納してください。</translation>
    </message>
    <message>
        <source>If anything on the card is wrong, or you did not apply for a card, call us at the number below.</source>
        <translation>カードの記載内容に誤りがある場合や、カードを申請した覚えがない場合は、下記までお電話ください。</translation>
    </message>
    <message>
        <source>Thank you for applying for a My Number Card. We are sending you your card by {method}. When you receive it, please check the following.</source>
        <translation>マイナンバーカードを申請いただき、ありがとうございました。カードを{method}でお送りします。お受け取りになりましたら、次の点をご確認ください。</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>ご確認ください</translation>
    </message>
    <message>
        <source>Enclosed: your My Number Card (1) and this letter.</source>
        <translation>同封物：マイナンバーカード（1枚）、本書</translation>
    </message>
    <message>
        <source>Booking the handover of your My Number Card</source>
        <translation>マイナンバーカード交付予約のご案内</translation>
    </message>
    <message>
        <source>The handover notice (postcard) we sent you.</source>
        <translation>お送りした交付通知書（はがき）</translation>
    </message>
    <message>
        <source>Identity documents: one with your photo (such as a driving licence or passport), or two without a photo (such as a health insurance certificate and a pension book).</source>
        <translation>本人確認書類：顔写真付きのもの1点（運転免許証、パスポートなど）、または顔写真のないもの2点（資格確認書、年金手帳など）</translation>
    </message>
    <message>
        <source>Your notification card or Basic Resident Register card, if you have one.</source>
        <translation>通知カードまたは住民基本台帳カード（お持ちの方のみ）</translation>
    </message>
    <message>
        <source>Your My Number Card is ready. The card is handed over at the counter in person, by appointment. Please book a time by phone or at the counter, giving the reservation number below and your date of birth.</source>
        <translation>マイナンバーカードの準備ができました。カードは予約制で、窓口でご本人に直接お渡しします。下記の予約番号と生年月日をお伝えのうえ、お電話または窓口でご予約ください。</translation>
    </message>
    <message>
        <source>Reservation number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>お持ちいただくもの</translation>
    </message>
    <message>
        <source>You will set your PINs at the counter: decide them before you come. The handover takes about 30 minutes.</source>
        <translation>暗証番号は窓口で設定していただきますので、来庁前にお決めください。交付には30分ほどかかります。</translation>
    </message>
    <message>
        <source>Please collect your My Number Card at the counter</source>
        <translation>マイナンバーカードのお受け取りについて（来庁のご案内）</translation>
    </message>
    <message>
        <source>This letter.</source>
        <translation>本書</translation>
    </message>
    <message>
        <source>The My Number Card we mailed to you on {sent} came back to us ({reason}). We keep it at the counter: please come and collect it in person.</source>
        <translation>{sent}に郵送したマイナンバーカードが返送されてきました（{reason}）。カードは窓口で保管していますので、ご本人が来庁のうえお受け取りください。</translation>
    </message>
    <message>
        <source>Please come by</source>
        <translation>お受け取り期限</translation>
    </message>
    <message>
        <source>If you cannot come yourself, call us first: in some cases a representative may collect the card.</source>
        <translation>ご本人が来庁できない場合は、事前にお電話ください。場合によっては代理人が受け取ることができます。</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>発送一覧</translation>
    </message>
    <message>
        <source>Batch No. {number}</source>
        <translation>発送No.{number}</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>発送日</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>発送予定日</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>{n} item(s)</source>
        <translation>{n}件</translation>
    </message>
    <message>
        <source>{n} item(s), {amount}</source>
        <translation>{n}件、{amount}</translation>
    </message>
    <message>
        <source>Postage total</source>
        <translation>郵送料合計</translation>
    </message>
    <message>
        <source> ({n} item(s) without a price)</source>
        <translation>（料金未設定 {n}件）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>郵送方法</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>郵送料</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Record the tracking numbers before handing the items to the post office. Keep this list with the post office&apos;s receipt.</source>
        <translation>郵便局に差し出す前に追跡番号を記録してください。この一覧は郵便局の受領証と一緒に保管してください。</translation>
    </message>
</context>
<context>
    <name>MailingPage</name>
    <message>
        <source>Arrival &amp;&amp; set-up</source>
        <translation>到着受付</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>交付通知</translation>
    </message>
    <message>
        <source>Mailing batches</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Delivered &amp;&amp; returned</source>
        <translation>配達・返戻</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月計</translation>
    </message>
</context>
<context>
    <name>MailingRoute</name>
    <message>
        <source>Collect at the counter</source>
        <translation>窓口交付</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>郵送</translation>
    </message>
</context>
<context>
    <name>MailingSettings</name>
    <message>
        <source>A4, 12 labels (86.4 × 42.3 mm)</source>
        <translation>A4・12面（86.4 × 42.3 mm）</translation>
    </message>
    <message>
        <source>A4, 10 labels (86.4 × 50.8 mm)</source>
        <translation>A4・10面（86.4 × 50.8 mm）</translation>
    </message>
    <message>
        <source>A4, 24 labels (70 × 33.9 mm)</source>
        <translation>A4・24面（70 × 33.9 mm）</translation>
    </message>
</context>
<context>
    <name>MailingSettingsPage</name>
    <message>
        <source>Address labels</source>
        <translation>宛名ラベル</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>ラベル用紙</translation>
    </message>
    <message>
        <source>Custom sizes</source>
        <translation>寸法を指定</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>ラベルの幅</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>ラベルの高さ</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上余白</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左余白</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>列の間隔</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>行の間隔</translation>
    </message>
    <message>
        <source>Printer offset, right</source>
        <translation>印刷位置の補正（右方向）</translation>
    </message>
    <message>
        <source>Printer offset, down</source>
        <translation>印刷位置の補正（下方向）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>用紙(&amp;S)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Test sheet…</source>
        <translation>テスト印刷(&amp;T)…</translation>
    </message>
    <message>
        <source>Print a sheet of sample labels with their edges drawn, to check the sizes on plain paper against the label stock</source>
        <translation>ラベルの枠線を描いた見本を印刷します。普通紙に印刷してラベル用紙と重ね、寸法を確認してください</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Chase mailed cards with no news after</source>
        <translation>郵送後、連絡がない場合に要確認とするまでの日数</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Collection period on invitations</source>
        <translation>来庁のご案内に記載する受取期限</translation>
    </message>
    <message>
        <source>Chase mailed cards with no news after:</source>
        <translation>郵送後、連絡がない場合に要確認とするまで：</translation>
    </message>
    <message>
        <source>Invitation: please come within:</source>
        <translation>来庁のご案内の受取期限：</translation>
    </message>
    <message>
        <source>Postage per delivery method is set by date in Settings › Dated values.</source>
        <translation>郵送方法ごとの郵送料は、設定 › 年月日別の設定 で日付ごとに設定します。</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>MailingTodayPanel</name>
    <message>
        <source>Cards waiting</source>
        <translation>処理待ちのカード</translation>
    </message>
    <message>
        <source>Cards arrived, set-up pending: {n}</source>
        <translation>到着・交付前設定待ち：{n}</translation>
    </message>
    <message>
        <source>Handover notices to send: {n}</source>
        <translation>交付通知書の送付待ち：{n}</translation>
    </message>
    <message>
        <source>Cards ready for mailing: {n}</source>
        <translation>発送待ち：{n}</translation>
    </message>
    <message>
        <source>Mailed {days}+ days ago with no news: {n}</source>
        <translation>発送後{days}日以上連絡なし：{n}</translation>
    </message>
    <message>
        <source>Returned cards to invite: {n}</source>
        <translation>来庁案内待ちの返戻：{n}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The data folder is on a network share</source>
        <translation>データフォルダーがネットワーク上の共有フォルダーにあります</translation>
    </message>
    <message>
        <source>Fonts are missing</source>
        <translation>フォントがありません</translation>
    </message>
    <message>
        <source>Madoguchi&apos;s Japanese fonts were not found in its installation folder, so some characters may show as boxes on screen and on printouts. Ask the administrator to repair or reinstall Madoguchi.</source>
        <translation>インストールフォルダーに Madoguchi の日本語フォントが見つからないため、画面や印刷で一部の文字が □ で表示されることがあります。Madoguchi の修復または再インストールを管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Madoguchi is already running</source>
        <translation>Madoguchi はすでに起動しています</translation>
    </message>
    <message>
        <source>Madoguchi is already open for this data folder on this PC. Switch to its window (look in the taskbar) instead of starting it again.</source>
        <translation>このPCでは、このデータフォルダーの Madoguchi がすでに開いています。もう一度起動せず、そのウィンドウに切り替えてください（タスクバーを確認してください）。</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found damage in the office database, and there is no good backup in the data folder. Nothing was changed. Ask the administrator to restore an encrypted backup copy (&apos;madoguchi restore&apos;).</source>
        <translation>SQLite の整合性チェックで窓口のデータベースに破損が見つかりましたが、データフォルダーに正常なバックアップがありません。何も変更していません。暗号化したバックアップコピーからの復元（「madoguchi restore」）を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found damage in the office database. Restore the newest good backup, taken {when}? Work recorded after that time will have to be entered again. The damaged file is kept in the backups folder.</source>
        <translation>SQLite の整合性チェックで窓口のデータベースに破損が見つかりました。最新の正常なバックアップ（{when}作成）から復元しますか？ それ以降に記録した内容は入力し直す必要があります。破損したファイルはバックアップフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The backup taken {when} was restored. Madoguchi starts now.</source>
        <translation>{when}のバックアップを復元しました。Madoguchi を起動します。</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>正常なバックアップを探しています…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>バックアップを確認しています…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Madoguchi — {office}</source>
        <translation>Madoguchi — {office}</translation>
    </message>
    <message>
        <source>office</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Switch staff</source>
        <translation>職員の交代</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Lock the screen for the next staff member (Ctrl+Shift+L)</source>
        <translation>次の職員のために画面をロック（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Backups and encrypted copies (Ctrl+Shift+B)</source>
        <translation>バックアップと暗号化コピー（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>PC: {name}</source>
        <translation>PC：{name}</translation>
    </message>
</context>
<context>
    <name>MonthlyTab</name>
    <message>
        <source>First month</source>
        <translation>開始月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>終了月</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Cards arrived</source>
        <translation>カード到着</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>交付通知書送付</translation>
    </message>
    <message>
        <source>Items mailed</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配達済</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Postage (yen)</source>
        <translation>郵送料（円）</translation>
    </message>
    <message>
        <source>Figures per month</source>
        <translation>月別の件数</translation>
    </message>
    <message>
        <source>Each figure counts on the day it was recorded; corrections are netted.</source>
        <translation>各件数は記録した日に計上し、取消分を差し引いています。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Mont&amp;h:</source>
        <translation>対象月(&amp;H)：</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前月</translation>
    </message>
    <message>
        <source>Previous month (PageUp)</source>
        <translation>前月（PageUp）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>Next month (PageDown)</source>
        <translation>翌月（PageDown）</translation>
    </message>
    <message>
        <source>All counts (per day)</source>
        <translation>全項目（日別）</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>集計項目(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>設定（Ctrl+,）</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>ログアウト（Ctrl+L）</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title}（Ctrl+{n}）</translation>
    </message>
</context>
<context>
    <name>NoticeAbsence</name>
    <message>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Left at home</source>
        <translation>持参忘れ</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Ready for a handover notice</source>
        <translation>交付通知書の送付待ち</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定日</translation>
    </message>
    <message>
        <source>Cards ready for a notice</source>
        <translation>交付通知書の送付待ちカード</translation>
    </message>
    <message>
        <source>Handover notice</source>
        <translation>交付通知書</translation>
    </message>
    <message>
        <source>Choose a card on the left.</source>
        <translation>左の一覧からカードを選択してください。</translation>
    </message>
    <message>
        <source>e.g. ABC123456</source>
        <translation>例：ABC123456</translation>
    </message>
    <message>
        <source>Reservation number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>Date the notice was sent</source>
        <translation>交付通知書の送付日</translation>
    </message>
    <message>
        <source>Print the booking guide letter</source>
        <translation>交付予約のご案内を印刷する</translation>
    </message>
    <message>
        <source>&amp;Record notice</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Reservation &amp;number:</source>
        <translation>予約番号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>送付日(&amp;D)：</translation>
    </message>
    <message>
        <source>Notices recorded today</source>
        <translation>本日記録した交付通知</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Print &amp;booking guides…</source>
        <translation>交付予約のご案内を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>Ready for a handover notice ({n})</source>
        <translation>交付通知書の送付待ち（{n}）</translation>
    </message>
    <message>
        <source>{name} ({kana})</source>
        <translation>{name}（{kana}）</translation>
    </message>
    <message>
        <source>Choose the card on the left first.</source>
        <translation>先に左の一覧からカードを選択してください。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Notice recorded: {name}, reservation number {number}.</source>
        <translation>交付通知を記録しました：{name}、予約番号 {number}</translation>
    </message>
    <message>
        <source>Select the notices whose booking guide to print.</source>
        <translation>交付予約のご案内を印刷する交付通知を選択してください。</translation>
    </message>
    <message>
        <source>Preparing the letters</source>
        <translation>案内文を準備中</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Restricted-recipient post (special type)</source>
        <translation>本人限定受取郵便（特例型）</translation>
    </message>
    <message>
        <source>Simple registered mail</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Yen per item</source>
        <translation>1通あたりの料金（円）</translation>
    </message>
    <message>
        <source>Population on 1 January</source>
        <translation>1月1日現在の人口</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Staff at the counter</source>
        <translation>窓口の職員配置数</translation>
    </message>
    <message>
        <source>Regular staff</source>
        <translation>正規職員</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>臨時職員</translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation>稼働中の統合端末数</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>窓口数</translation>
    </message>
    <message>
        <source>Postage: restricted-recipient post (special type)</source>
        <translation>郵送料：本人限定受取郵便（特例型）</translation>
    </message>
    <message>
        <source>Postage: simple registered mail</source>
        <translation>郵送料：簡易書留</translation>
    </message>
    <message>
        <source>National target rate</source>
        <translation>国の目標交付率</translation>
    </message>
    <message>
        <source>Lower target (%)</source>
        <translation>目標下限（%）</translation>
    </message>
    <message>
        <source>Upper target (%)</source>
        <translation>目標上限（%）</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>市区町村名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>担当課(&amp;D)</translation>
    </message>
    <message>
        <source>Local government &amp;code (6 digits)</source>
        <translation>地方公共団体コード（6桁）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>郵便番号(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation>統合端末</translation>
    </message>
    <message>
        <source>Tablets for online applications</source>
        <translation>オンライン申請用タブレット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>開庁時間</translation>
    </message>
    <message>
        <source>Loading the office profile</source>
        <translation>窓口の基本情報を読み込み中</translation>
    </message>
    <message>
        <source>The office profile has not been saved yet.</source>
        <translation>窓口の基本情報はまだ保存されていません。</translation>
    </message>
    <message>
        <source>Not saved: correct the entries and save again.</source>
        <translation>保存されていません。入力内容を修正して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Office profile not saved</source>
        <translation>窓口の基本情報を保存できませんでした</translation>
    </message>
    <message>
        <source>Saving the office profile</source>
        <translation>窓口の基本情報を保存中</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>窓口の基本情報</translation>
    </message>
    <message>
        <source>Printed on receipts and forms. The local government code has 6 digits.</source>
        <translation>控えや帳票に印刷されます。地方公共団体コードは6桁です。</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>担当課(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Local government code</source>
        <translation>地方公共団体コード(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>The check digit of this code is wrong. Check the code (for example 131016).</source>
        <translation>このコードの検査数字が正しくありません。コードを確認してください（例：131016）。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name</source>
        <extracomment>a stored person was put into the form from the duplicate notice (after an audited view) any field was edited by the user or by fill() the fields a filler (the card reader) should supply through fill()</extracomment>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Furigana</source>
        <translation>フリガナ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>生年月日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>郵便番号(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <source>As written, e.g. 山田 太郎</source>
        <translation>表記どおりに（例：山田 太郎）</translation>
    </message>
    <message>
        <source>In kana, e.g. ヤマダ タロウ</source>
        <translation>カナで（例：ヤマダ タロウ）</translation>
    </message>
    <message>
        <source>e.g. 1980-05-01, S55.5.1, 昭和55年5月1日</source>
        <translation>例：1980-05-01、S55.5.1、昭和55年5月1日</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例：090-1234-5678</translation>
    </message>
    <message>
        <source>e.g. 123-4567</source>
        <translation>例：123-4567</translation>
    </message>
    <message>
        <source>As on the residence record</source>
        <translation>住民票の記載どおりに</translation>
    </message>
    <message>
        <source>Birth date in the Japanese calendar</source>
        <translation>生年月日（和暦）</translation>
    </message>
    <message>
        <source>Looking for the same person</source>
        <translation>同一人物を確認中</translation>
    </message>
    <message>
        <source>A resident with the same furigana and birth date is already recorded. Use that record if it is the same person; otherwise carry on.</source>
        <translation>フリガナと生年月日が同じ住民がすでに登録されています。同じ人であればその記録を使用し、別人であればそのまま続けてください。</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>この住民を使用</translation>
    </message>
    <message>
        <source>Use this person: {name}</source>
        <translation>この住民を使用：{name}</translation>
    </message>
    <message>
        <source>… and {n} more: search by furigana to see them all.</source>
        <translation>…ほか {n} 人。すべて表示するにはフリガナで検索してください。</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>記録を開いています</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Application photo (4.5 cm × 3.5 cm)</source>
        <translation>申請用写真（縦4.5 cm × 横3.5 cm）</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>撮影日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Height 4.5 cm × width 3.5 cm</source>
        <translation>縦4.5 cm × 横3.5 cm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size); do not fit to the page.</source>
        <translation>100 %（実寸）で印刷してください。ページに合わせて拡大・縮小しないでください。</translation>
    </message>
    <message>
        <source>Cut along the corner marks. Write the name on the back of the photo.</source>
        <translation>トンボに沿って切り取り、写真の裏面に氏名を記入してください。</translation>
    </message>
    <message>
        <source>The photo may be used for six months from the date taken.</source>
        <translation>写真は撮影日から6か月間使用できます。</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>One face found.</source>
        <translation>顔を1人分検出しました。</translation>
    </message>
    <message>
        <source>No face was found.</source>
        <translation>顔を検出できませんでした。</translation>
    </message>
    <message>
        <source>Ask the resident to face the camera with the whole face visible (no mask, no hand or hair over it), and check the light.</source>
        <translation>顔全体が見えるようにカメラの方を向いてもらい（マスクを外し、手や髪で顔を隠さない）、照明を確認してください。</translation>
    </message>
    <message>
        <source>{count} faces were found.</source>
        <translation>顔を{count}人分検出しました。</translation>
    </message>
    <message>
        <source>Only the resident may be in the picture: ask others to step out of view.</source>
        <translation>写真に写るのは本人だけです。ほかの人には写らない位置に移動してもらってください。</translation>
    </message>
    <message>
        <source>Crown to chin {value:.1f} mm (crown found in the image).</source>
        <translation>頭頂からあごまで {value:.1f} mm（頭頂を画像から検出）。</translation>
    </message>
    <message>
        <source>Crown to chin {value:.1f} mm (crown estimated from the face).</source>
        <translation>頭頂からあごまで {value:.1f} mm（頭頂は顔の位置から推定）。</translation>
    </message>
    <message>
        <source>Crown to chin {value:.1f} mm (top of the head cut off).</source>
        <translation>頭頂からあごまで {value:.1f} mm（頭頂が切れています）。</translation>
    </message>
    <message>
        <source>The head is too large: {value:.1f} mm, {low:.0f}–{high:.0f} mm needed.</source>
        <translation>頭部が大きすぎます：{value:.1f} mm（{low:.0f}～{high:.0f} mm が必要）。</translation>
    </message>
    <message>
        <source>The resident is too close: step back from the camera or zoom out.</source>
        <translation>カメラに近すぎます。カメラを離すか、ズームを戻してください。</translation>
    </message>
    <message>
        <source>The head is too small: {value:.1f} mm, {low:.0f}–{high:.0f} mm needed.</source>
        <translation>頭部が小さすぎます：{value:.1f} mm（{low:.0f}～{high:.0f} mm が必要）。</translation>
    </message>
    <message>
        <source>Move the camera closer to the resident.</source>
        <translation>カメラを本人に近づけてください。</translation>
    </message>
    <message>
        <source>The top of the head is outside the picture.</source>
        <translation>頭頂が写真の外に出ています。</translation>
    </message>
    <message>
        <source>Tilt the camera up or ask the resident to sit lower or further back.</source>
        <translation>カメラを上に向けるか、本人に低く座るか少し後ろに下がってもらってください。</translation>
    </message>
    <message>
        <source>The head is too near the top edge: tilt the camera up or step back.</source>
        <translation>頭部が上端に近すぎます。カメラを上に向けるか、カメラを離してください。</translation>
    </message>
    <message>
        <source>The head is too low: tilt the camera down or ask the resident to sit up.</source>
        <translation>頭部の位置が低すぎます。カメラを下に向けるか、本人に背筋を伸ばしてもらってください。</translation>
    </message>
    <message>
        <source>{value:.1f} mm above the crown; {low:.0f}–{high:.0f} mm needed.</source>
        <translation>頭上の余白 {value:.1f} mm（{low:.0f}～{high:.0f} mm が必要）。</translation>
    </message>
    <message>
        <source>The head is {value:.1f} mm off centre (at most {max:.1f} mm).</source>
        <translation>頭部が中心から {value:.1f} mm ずれています（上限 {max:.1f} mm）。</translation>
    </message>
    <message>
        <source>The head is near the side of the picture: turn the camera towards the resident.</source>
        <translation>頭部が写真の端に寄っています。カメラを本人の正面に向けてください。</translation>
    </message>
    <message>
        <source>{value:.1f} mm above the crown, head centred.</source>
        <translation>頭上の余白 {value:.1f} mm、頭部は中央にあります。</translation>
    </message>
    <message>
        <source>Both eyes could not be found.</source>
        <translation>両目を検出できませんでした。</translation>
    </message>
    <message>
        <source>Both eyes must be open and visible: no hair over them, no glare on glasses. Face the camera.</source>
        <translation>両目が開いて見えている必要があります。髪がかからないようにし、眼鏡の反射がないようにして、カメラの方を向いてもらってください。</translation>
    </message>
    <message>
        <source>The head is tilted by {value:.0f}° (at most {max:.0f}°).</source>
        <translation>頭部が {value:.0f}° 傾いています（上限 {max:.0f}°）。</translation>
    </message>
    <message>
        <source>Ask the resident to hold the head straight and look at the camera.</source>
        <translation>頭をまっすぐにして、カメラを見てもらってください。</translation>
    </message>
    <message>
        <source>Tilted {value:.1f}°.</source>
        <translation>傾き {value:.1f}°。</translation>
    </message>
    <message>
        <source>The face is too dark ({value:.0f}; at least {min:.0f}).</source>
        <translation>顔が暗すぎます（{value:.0f}、下限 {min:.0f}）。</translation>
    </message>
    <message>
        <source>Add light in front of the resident; do not photograph against a window.</source>
        <translation>本人の正面から光を当ててください。窓を背にして撮影しないでください。</translation>
    </message>
    <message>
        <source>The face is too bright ({value:.0f}; at most {max:.0f}).</source>
        <translation>顔が明るすぎます（{value:.0f}、上限 {max:.0f}）。</translation>
    </message>
    <message>
        <source>Reduce the light on the face or move away from direct light or the flash.</source>
        <translation>顔に当たる光を弱めるか、直射光やフラッシュを避けてください。</translation>
    </message>
    <message>
        <source>Face brightness {value:.0f}.</source>
        <translation>顔の明るさ {value:.0f}。</translation>
    </message>
    <message>
        <source>The photo is blurred (sharpness {value:.1f}; at least {min:.0f}).</source>
        <translation>写真がぼやけています（鮮明さ {value:.1f}、下限 {min:.0f}）。</translation>
    </message>
    <message>
        <source>Hold the camera still, ask the resident not to move, and let the camera focus.</source>
        <translation>カメラを固定し、本人に動かないようにしてもらい、ピントが合ってから撮影してください。</translation>
    </message>
    <message>
        <source>Sharpness {value:.1f}.</source>
        <translation>鮮明さ {value:.1f}。</translation>
    </message>
    <message>
        <source>Objects or a pattern are visible behind the head.</source>
        <translation>頭部の後ろに物や模様が写っています。</translation>
    </message>
    <message>
        <source>Photograph against a plain wall or screen with nothing behind the resident.</source>
        <translation>本人の後ろに何もない、無地の壁やスクリーンの前で撮影してください。</translation>
    </message>
    <message>
        <source>The background has a shadow or uneven light.</source>
        <translation>背景に影や明るさのむらがあります。</translation>
    </message>
    <message>
        <source>Light the background evenly and move the resident a little away from the wall.</source>
        <translation>背景を均一に照らし、本人に壁から少し離れてもらってください。</translation>
    </message>
    <message>
        <source>Plain background.</source>
        <translation>無地の背景です。</translation>
    </message>
    <message>
        <source>Only {width} × {height} px after cropping; at least {min} px needed on each side.</source>
        <translation>切り抜き後の大きさが {width} × {height} ピクセルしかありません。各辺 {min} ピクセル以上が必要です。</translation>
    </message>
    <message>
        <source>Move the camera closer or use a camera with a higher resolution. Photos are never enlarged.</source>
        <translation>カメラを近づけるか、解像度の高いカメラを使用してください。写真は拡大しません。</translation>
    </message>
    <message>
        <source>{width} × {height} px.</source>
        <translation>{width} × {height} ピクセル。</translation>
    </message>
    <message>
        <source>The file is not a colour (RGB) JPEG.</source>
        <translation>ファイルがカラー（RGB）の JPEG ではありません。</translation>
    </message>
    <message>
        <source>Take the photo again; if it keeps failing, tell the administrator.</source>
        <translation>撮影し直してください。繰り返し失敗する場合は、管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The JPEG is {kb:.0f} KB; it must be 20 KB–7 MB.</source>
        <translation>JPEG が {kb:.0f} KB です。20 KB～7 MB にする必要があります。</translation>
    </message>
    <message>
        <source>Take the photo again with a plain background and good light.</source>
        <translation>無地の背景と十分な明るさで撮影し直してください。</translation>
    </message>
    <message>
        <source>The JPEG is {width} × {height} px, outside the allowed size.</source>
        <translation>JPEG が {width} × {height} ピクセルで、許容される大きさの範囲外です。</translation>
    </message>
    <message>
        <source>Move the camera closer or use a camera with a higher resolution.</source>
        <translation>カメラを近づけるか、解像度の高いカメラを使用してください。</translation>
    </message>
    <message>
        <source>JPEG, RGB, {width} × {height} px, {kb:.0f} KB.</source>
        <translation>JPEG、RGB、{width} × {height} ピクセル、{kb:.0f} KB。</translation>
    </message>
    <message>
        <source>Exactly one face</source>
        <translation>顔が1人分だけ写っている</translation>
    </message>
    <message>
        <source>Head size</source>
        <translation>頭部の大きさ</translation>
    </message>
    <message>
        <source>Head position</source>
        <translation>頭部の位置</translation>
    </message>
    <message>
        <source>Head not tilted</source>
        <translation>頭部が傾いていない</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>明るさ</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>鮮明さ</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>無地の背景</translation>
    </message>
    <message>
        <source>Resolution (480–6000 px)</source>
        <translation>解像度（480～6000ピクセル）</translation>
    </message>
    <message>
        <source>JPEG file (RGB, 20 KB–7 MB)</source>
        <translation>JPEGファイル（RGB、20 KB～7 MB）</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>未確認：前の項目が不適合でした。</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Change resident</source>
        <translation>住民を変更</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>カメラを起動</translation>
    </message>
    <message>
        <source>Count&amp;down</source>
        <translation>カウントダウン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>ファイルから取込(&amp;I)…</translation>
    </message>
    <message>
        <source>No photo (under one)…</source>
        <translation>写真なし（1歳未満）…</translation>
    </message>
    <message>
        <source>Take a photo (Space)</source>
        <translation>撮影（Space）</translation>
    </message>
    <message>
        <source>Choose whose photo to take.</source>
        <translation>撮影する住民を選択してください。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Video file (demo / training)…</source>
        <translation>動画ファイル（デモ・研修用）…</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or import a photo from a file.</source>
        <translation>カメラが見つかりません。カメラを接続するか、ファイルから写真を取り込んでください。</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>動画ファイルを選択</translation>
    </message>
    <message>
        <source>Restart the camera</source>
        <translation>カメラを再起動</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>{name}の写真</translation>
    </message>
    <message>
        <source>Opening the resident…</source>
        <translation>住民を開いています…</translation>
    </message>
    <message>
        <source>There is no picture yet. Wait for the preview.</source>
        <translation>まだ映像がありません。プレビューが表示されるまでお待ちください。</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>写真の取込</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>写真を確認しています…</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>写真を保存しています…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Record that {name} (under one year old) gets a card without a photo?</source>
        <translation>{name}（1歳未満）のカードを写真なしで申請することを記録しますか？</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>PhotoReason</name>
    <message>
        <source>Head covering for religious reasons</source>
        <translation>宗教上の理由による頭部の覆い</translation>
    </message>
    <message>
        <source>Head covering for medical reasons</source>
        <translation>医療上の理由による頭部の覆い</translation>
    </message>
    <message>
        <source>Infant photographed lying on a sheet</source>
        <translation>乳児をシーツに寝かせて撮影</translation>
    </message>
    <message>
        <source>Bedridden resident</source>
        <translation>寝たきりの方</translation>
    </message>
    <message>
        <source>Other reason (describe it)</source>
        <translation>その他の理由（内容を記入）</translation>
    </message>
</context>
<context>
    <name>PhotoRules</name>
    <message>
        <source>Head height (mm)</source>
        <translation>頭部の高さ（mm）</translation>
    </message>
    <message>
        <source>Head height tolerance (± mm)</source>
        <translation>頭部の高さの許容差（± mm）</translation>
    </message>
    <message>
        <source>Space above the head (mm)</source>
        <translation>頭上の余白（mm）</translation>
    </message>
    <message>
        <source>Space above the head tolerance (± mm)</source>
        <translation>頭上の余白の許容差（± mm）</translation>
    </message>
    <message>
        <source>Head off centre at most (mm)</source>
        <translation>頭部の中心からのずれの上限（mm）</translation>
    </message>
    <message>
        <source>Head tilt at most (degrees)</source>
        <translation>頭部の傾きの上限（度）</translation>
    </message>
    <message>
        <source>Face brightness at least</source>
        <translation>顔の明るさの下限</translation>
    </message>
    <message>
        <source>Face brightness at most</source>
        <translation>顔の明るさの上限</translation>
    </message>
    <message>
        <source>Burnt-out face share at most</source>
        <translation>顔の白飛びの割合の上限</translation>
    </message>
    <message>
        <source>Sharpness at least</source>
        <translation>鮮明さの下限</translation>
    </message>
    <message>
        <source>Background detail share at most</source>
        <translation>背景の細部の割合の上限</translation>
    </message>
    <message>
        <source>Background other-colour share at most</source>
        <translation>背景の異なる色の割合の上限</translation>
    </message>
    <message>
        <source>Background pattern share at most</source>
        <translation>背景の模様の割合の上限</translation>
    </message>
    <message>
        <source>Background shading at most</source>
        <translation>背景の濃淡の上限</translation>
    </message>
    <message>
        <source>Smallest side (px)</source>
        <translation>辺の長さの最小値（ピクセル）</translation>
    </message>
    <message>
        <source>Largest side (px)</source>
        <translation>辺の長さの最大値（ピクセル）</translation>
    </message>
    <message>
        <source>Smallest file (bytes)</source>
        <translation>ファイルサイズの最小値（バイト）</translation>
    </message>
    <message>
        <source>Largest file (bytes)</source>
        <translation>ファイルサイズの最大値（バイト）</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG品質</translation>
    </message>
</context>
<context>
    <name>PhotoSettingsPage</name>
    <message>
        <source>Photo rules</source>
        <translation>写真の規格</translation>
    </message>
    <message>
        <source>Export and shutter</source>
        <translation>書き出しと撮影</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>e.g. D:\申請写真 (a folder that exists on this PC)</source>
        <translation>例：D:\申請写真（このPCに存在するフォルダー）</translation>
    </message>
    <message>
        <source>Who may export photos</source>
        <translation>写真を書き出せる権限</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>Export folder of this PC</source>
        <translation>このPCの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Only an administrator may change the rules, the export role and the countdown.</source>
        <translation>規格、書き出せる権限、カウントダウンを変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Front-facing, no hat, plain background, taken within 6 months. Children under one get a card without a photo.</source>
        <translation>正面・無帽・無背景で、6か月以内に撮影したもの。1歳未満の子どもは写真なしのカードになります。</translation>
    </message>
    <message>
        <source>&amp;Taken on the spot (tablet or photo screen)</source>
        <translation>その場で撮影（タブレットまたは写真画面）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Brought by the resident</source>
        <translation>本人が持参(&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;one: a child under one</source>
        <translation>なし：1歳未満(&amp;O)</translation>
    </message>
    <message>
        <source>Open the &amp;photo screen</source>
        <translation>写真画面を開く(&amp;P)</translation>
    </message>
    <message>
        <source>Check the card case &amp;again</source>
        <translation>案件を再確認(&amp;A)</translation>
    </message>
    <message>
        <source>A photo is attached to the card case.</source>
        <translation>案件に写真が添付されています。</translation>
    </message>
    <message>
        <source>No photo attached to the card case yet.</source>
        <translation>案件にはまだ写真が添付されていません。</translation>
    </message>
    <message>
        <source>Checking the card case…</source>
        <translation>案件を確認しています…</translation>
    </message>
</context>
<context>
    <name>PhotoTodayPanel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Photos taken today: {n}</source>
        <translation>本日撮影した写真：{n}</translation>
    </message>
    <message>
        <source> ({n} accepted with a reason)</source>
        <translation>（うち理由付きで使用 {n}）</translation>
    </message>
    <message>
        <source> · without a photo (under one): {n}</source>
        <translation> ・写真なし（1歳未満）：{n}</translation>
    </message>
    <message>
        <source>Card cases waiting for a photo: {n}</source>
        <translation>写真待ちの案件：{n}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Card PIN</source>
        <translation>カードの暗証番号</translation>
    </message>
    <message>
        <source>Ask the resident to type the 4-digit PIN of the card (券面事項入力補助用暗証番号). The PIN is only sent to the card; it is not kept.</source>
        <translation>本人にカードの4桁の暗証番号（券面事項入力補助用暗証番号）を入力してもらってください。暗証番号はカードに送信するだけで、保存しません。</translation>
    </message>
    <message>
        <source>The card did not say how many tries are left.</source>
        <translation>カードから残りの試行回数を取得できませんでした。</translation>
    </message>
    <message>
        <source>Tries left: {n} of 3</source>
        <translation>残りの試行回数：{n}回（3回中）</translation>
    </message>
    <message>
        <source>PIN (4 digits)</source>
        <translation>暗証番号（4桁）</translation>
    </message>
    <message>
        <source>&amp;PIN (4 digits)</source>
        <translation>暗証番号（4桁）(&amp;P)</translation>
    </message>
    <message>
        <source>Use the last try: I understand that a wrong PIN blocks the card</source>
        <translation>最後の1回を使用する（間違えるとカードがロックされることを理解しています）</translation>
    </message>
    <message>
        <source>Only one try is left. If this PIN is wrong, the card is blocked and the resident needs a PIN reset at the counter (暗証番号の再設定). If the resident is not sure, cancel and type the details by hand.</source>
        <translation>残りの試行回数は1回です。この暗証番号が違うとカードがロックされ、窓口で暗証番号の再設定が必要になります。本人が暗証番号に自信がない場合は、キャンセルして内容を手入力してください。</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>カードを読み取る</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Camera preview</source>
        <translation>カメラのプレビュー</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>頭頂</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>あご</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Some characters are in none of the fonts and will print as 〓 ({codes}). Correct the text, or write them by hand on the paper.</source>
        <translation>どのフォントにもない文字があり、〓 と印刷されます（{codes}）。文字を修正するか、印刷後に手書きで記入してください。</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>プリンター(&amp;P)：</translation>
    </message>
    <message>
        <source>(no printer set up)</source>
        <translation>（プリンターが設定されていません）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>PDFで保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <source>Saved as PDF.</source>
        <translation>PDFで保存しました。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>印刷できない文字</translation>
    </message>
    <message>
        <source>Some characters are in none of the fonts and will print as 〓 ({codes}). Print anyway? Choose No to correct the text first, or write the characters by hand on the paper.</source>
        <translation>どのフォントにもない文字があり、〓 と印刷されます（{codes}）。このまま印刷しますか？ 先に文字を修正する場合は「いいえ」を選んでください。印刷後に手書きで記入することもできます。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>印刷できませんでした</translation>
    </message>
    <message>
        <source>The document is kept. What would you like to do?</source>
        <translation>文書は保持されています。どうしますか？</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDFは保存されませんでした。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>控え</translation>
    </message>
    <message>
        <source>Please keep this receipt and show it at the counter.</source>
        <translation>この控えは大切に保管し、窓口でご提示ください。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>印刷日時 {when}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
</context>
<context>
    <name>ProxyBox</name>
    <message>
        <source>Co&amp;llected by a proxy</source>
        <translation>代理人が受け取る(&amp;L)</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— 理由を選択 —</translation>
    </message>
    <message>
        <source>Power of attorney (委任状) on the notice checked</source>
        <translation>交付通知書の委任状欄を確認済</translation>
    </message>
    <message>
        <source>The proxy&apos;s own identity documents</source>
        <translation>代理人本人の本人確認書類</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>証明書類：</translation>
    </message>
    <message>
        <source>The proxy&apos;s own ID:</source>
        <translation>代理人の本人確認書類：</translation>
    </message>
    <message>
        <source>— choose the reason first —</source>
        <translation>— 先に理由を選択 —</translation>
    </message>
</context>
<context>
    <name>ProxyProof</name>
    <message>
        <source>Confirmed in the resident register</source>
        <translation>住民基本台帳で確認</translation>
    </message>
    <message>
        <source>Family register certificate</source>
        <translation>戸籍謄本等</translation>
    </message>
    <message>
        <source>Maternal and child health handbook</source>
        <translation>母子健康手帳</translation>
    </message>
    <message>
        <source>Certificate of hospital admission</source>
        <translation>入院証明書</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>診断書</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <source>Certificate of residence in a facility</source>
        <translation>施設入所証明書</translation>
    </message>
    <message>
        <source>Long-term care insurance card</source>
        <translation>介護保険被保険者証</translation>
    </message>
    <message>
        <source>Employer&apos;s certificate</source>
        <translation>勤務先の証明書</translation>
    </message>
    <message>
        <source>Seafarer&apos;s pocket ledger</source>
        <translation>船員手帳</translation>
    </message>
    <message>
        <source>Certificate of enrolment abroad</source>
        <translation>留学先の在学証明書</translation>
    </message>
    <message>
        <source>Other document proving the reason</source>
        <translation>その他、理由を証明する書類</translation>
    </message>
</context>
<context>
    <name>ProxyReason</name>
    <message>
        <source>Under 15 (legal representative)</source>
        <translation>15歳未満（法定代理人）</translation>
    </message>
    <message>
        <source>75 or older</source>
        <translation>75歳以上</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>入院中</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Living in a care facility</source>
        <translation>施設入所中</translation>
    </message>
    <message>
        <source>Certified need of care</source>
        <translation>要介護・要支援認定</translation>
    </message>
    <message>
        <source>Long business trip or seafarer at sea</source>
        <translation>長期出張・航海中の船員</translation>
    </message>
    <message>
        <source>Studying abroad</source>
        <translation>海外留学中</translation>
    </message>
    <message>
        <source>Other unavoidable reason</source>
        <translation>その他やむを得ない理由</translation>
    </message>
</context>
<context>
    <name>ReaderIndicator</name>
    <message>
        <source>Card reader: checking…</source>
        <extracomment>how the indicator gets its reader and watcher (tests inject their own) the shown availability changed (an Availability) a card check (click) ended: &quot;my_number&quot;, &quot;juki&quot;, &quot;smartphone&quot;, &quot;other&quot; or a CardError code</extracomment>
        <translation>カードリーダー：確認中…</translation>
    </message>
    <message>
        <source>Card reader status</source>
        <translation>カードリーダーの状態</translation>
    </message>
    <message>
        <source>card on the reader</source>
        <translation>カードあり</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>Click to check the card (no PIN needed).</source>
        <translation>クリックするとカードを確認します（暗証番号不要）。</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>Recording the card check</source>
        <translation>カードの確認を記録中</translation>
    </message>
    <message>
        <source>Card not checked</source>
        <translation>カードを確認できませんでした</translation>
    </message>
    <message>
        <source>Card check</source>
        <translation>カードの確認</translation>
    </message>
    <message>
        <source>This is not a My Number Card: {kind}.</source>
        <translation>マイナンバーカードではありません：{kind}</translation>
    </message>
    <message>
        <source>My Number Card. It holds no certificate for identification.</source>
        <translation>マイナンバーカードです。利用者証明用電子証明書は搭載されていません。</translation>
    </message>
    <message>
        <source>My Number Card. Its certificate for identification (利用者証明用電子証明書) expired on {date}. The resident must renew the certificate.</source>
        <translation>マイナンバーカードです。利用者証明用電子証明書は{date}に有効期限が切れています。電子証明書の更新が必要です。</translation>
    </message>
    <message>
        <source>My Number Card. Its certificate for identification (利用者証明用電子証明書) ends on {date}, within three months. The resident should renew the certificate.</source>
        <translation>マイナンバーカードです。利用者証明用電子証明書の有効期限は{date}で、3か月以内に切れます。電子証明書の更新をご案内ください。</translation>
    </message>
    <message>
        <source>My Number Card. Its certificate for identification (利用者証明用電子証明書) is valid until {date}.</source>
        <translation>マイナンバーカードです。利用者証明用電子証明書の有効期限は{date}です。</translation>
    </message>
</context>
<context>
    <name>ReceptionStep</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Check the resident&apos;s details (read the card, or type them) and note what they want to ask.</source>
        <translation>本人の情報を確認し（カードを読み取るか入力）、質問したいことがあればメモしてください。</translation>
    </message>
    <message>
        <source>Print the &amp;ticket</source>
        <translation>番号札を印刷(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. worried about the photo; asks about the PINs</source>
        <translation>例：写真が心配、暗証番号について質問あり</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>質問・相談(&amp;Q)：</translation>
    </message>
    <message>
        <source>Walk-in: the queue number is given when you continue.</source>
        <translation>予約なし：次へ進むと受付番号を発行します。</translation>
    </message>
    <message>
        <source>Queue number {number}</source>
        <translation>受付番号 {number}</translation>
    </message>
    <message>
        <source>(ticket printed)</source>
        <translation>（番号札印刷済）</translation>
    </message>
    <message>
        <source>(ticket not printed yet)</source>
        <translation>（番号札未印刷）</translation>
    </message>
    <message>
        <source>Print the &amp;ticket again</source>
        <translation>番号札を再印刷(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請方法</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Print the &amp;slip again</source>
        <translation>案内票を再印刷(&amp;S)</translation>
    </message>
    <message>
        <source>Print the &amp;ledger</source>
        <translation>受付簿を印刷(&amp;L)</translation>
    </message>
    <message>
        <source>Export the ledger as &amp;CSV…</source>
        <translation>受付簿を CSV で書き出し(&amp;C)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>{n} applied, {m} minutes on average</source>
        <translation>申請 {n}件、平均 {m}分</translation>
    </message>
    <message>
        <source>Choose a finished application.</source>
        <translation>完了した申請を選択してください。</translation>
    </message>
    <message>
        <source>Preparing the ledger…</source>
        <translation>受付簿を準備しています…</translation>
    </message>
    <message>
        <source>Save the ledger</source>
        <translation>受付簿を保存</translation>
    </message>
    <message>
        <source>{n} line(s) written to {file}.</source>
        <translation>{file} に{n}行を書き出しました。</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>CSV を書き出しています…</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>&amp;Print preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF (Ctrl+P)</source>
        <translation>プレビュー・印刷・PDF保存（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Excel形式で保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV形式で保存(&amp;C)…</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>CSVの文字コード</translation>
    </message>
    <message>
        <source>CSV encodin&amp;g:</source>
        <translation>CSVの文字コード(&amp;G)：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>表を作成しています…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>集計表を保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} を保存しました。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Count: {kind}</source>
        <translation>集計項目：{kind}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Week total</source>
        <translation>週計</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>第{n}週</translation>
    </message>
    <message>
        <source>Month total</source>
        <translation>月計</translation>
    </message>
    <message>
        <source>Closed days are shaded. Counts are by business date (Japan time); corrections are already netted.</source>
        <translation>閉庁日は網掛けで表示しています。件数は業務日（日本時間）で計上し、取消分を差し引いています。</translation>
    </message>
    <message>
        <source>By site:</source>
        <translation>会場別：</translation>
    </message>
    <message>
        <source>Monthly count sheet: all counts</source>
        <translation>月次集計表：全項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Closed days are shaded; an empty cell means none. Counts are by business date (Japan time); corrections are already netted.</source>
        <translation>閉庁日は網掛けで表示し、空欄は0件を表します。件数は業務日（日本時間）で計上し、取消分を差し引いています。</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>交付枚数</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>枚</translation>
    </message>
    <message>
        <source>Cards issued, cumulative</source>
        <translation>累計交付枚数</translation>
    </message>
    <message>
        <source>Population (1 January)</source>
        <translation>人口（1月1日現在）</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Issue rate against the population</source>
        <translation>人口に対する交付率</translation>
    </message>
    <message>
        <source>National target rate: lower</source>
        <translation>国の目標交付率（下限）</translation>
    </message>
    <message>
        <source>National target rate: upper</source>
        <translation>国の目標交付率（上限）</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窓口数</translation>
    </message>
    <message>
        <source>places</source>
        <translation>か所</translation>
    </message>
    <message>
        <source>Staff: regular</source>
        <translation>職員配置数（正規）</translation>
    </message>
    <message>
        <source>Staff: temporary</source>
        <translation>職員配置数（臨時）</translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation>統合端末台数</translation>
    </message>
    <message>
        <source>units</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Weekend sessions held</source>
        <translation>土日開庁</translation>
    </message>
    <message>
        <source>times</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Identity checked at application</source>
        <translation>申請時来庁 受付件数</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Pop-up applications received</source>
        <translation>出張申請 受付件数</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Pop-up: {venue}</source>
        <translation>出張：{venue}</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>作成日 {date}</translation>
    </message>
    <message>
        <source>Monthly count sheet: {kind}</source>
        <translation>月次集計表：{kind}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>閉庁</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉庁</translation>
    </message>
    <message>
        <source>Counts are by business date (Japan time); corrections are already netted.</source>
        <translation>件数は業務日（日本時間）で計上し、取消分を差し引いています。</translation>
    </message>
    <message>
        <source>My Number Card issuance plan: follow-up</source>
        <translation>マイナンバーカード交付円滑化計画 実施状況</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>{year}/{month}</source>
        <translation>{year}/{month}</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>年度計</translation>
    </message>
    <message>
        <source>Year total: sums of the counted rows; the cumulative count and the rate of the latest month.</source>
        <translation>年度計：件数の行は合計、累計交付枚数と交付率は最新月の値です。</translation>
    </message>
    <message>
        <source>Opening balance of the cumulative count: not set (設定 › 集計).</source>
        <translation>累計交付枚数の起算値：未設定（設定 › 集計）</translation>
    </message>
    <message>
        <source>Cumulative count from {count} cards issued before {date}; ― = before Madoguchi was used.</source>
        <translation>累計交付枚数は、{date}より前の交付枚数 {count}枚から起算しています（―：Madoguchi 導入前）。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Monthly count sheet</source>
        <translation>月次集計表(&amp;M)</translation>
    </message>
    <message>
        <source>Issuance p&amp;lan follow-up</source>
        <translation>交付円滑化計画 実施状況(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Count c&amp;orrections</source>
        <translation>件数の訂正(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReportsSettingsPage</name>
    <message>
        <source>&amp;Count cards issued before Madoguchi was used</source>
        <translation>Madoguchi 導入前の交付枚数を累計に含める(&amp;C)</translation>
    </message>
    <message>
        <source> cards</source>
        <translation> 枚</translation>
    </message>
    <message>
        <source>Madoguchi used &amp;since</source>
        <translation>Madoguchi の使用開始日(&amp;S)</translation>
    </message>
    <message>
        <source>Cards &amp;issued before that day</source>
        <translation>その前日までの交付枚数(&amp;I)</translation>
    </message>
    <message>
        <source>The cumulative count of the issuance plan follow-up starts from this number. Take it from the office&apos;s own records as of the day before. Population, staff, terminals, counters and the national target rates are set in Settings › Values by date.</source>
        <translation>交付円滑化計画 実施状況の累計交付枚数は、この数から起算します。使用開始日の前日現在の窓口の記録から入力してください。人口、職員配置数、統合端末台数、窓口数、国の目標交付率は 設定 › 年月日別の設定 で入力します。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Furigana, phone number or birth date</source>
        <translation>フリガナ、電話番号または生年月日</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>住民を検索</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>検索(&amp;R)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>新規登録(&amp;W)</translation>
    </message>
    <message>
        <source>Start an empty form for a new resident (Ctrl+N)</source>
        <translation>新しい住民を空の入力欄から登録（Ctrl+N）</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save this resident (Ctrl+S)</source>
        <translation>この住民を保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>{n} found. Press Enter on a row to open it.</source>
        <translation>{n} 件見つかりました。行を選んで Enter キーを押すと開きます。</translation>
    </message>
    <message>
        <source>No one found. Check what was typed, or add a new person.</source>
        <translation>該当する住民はいません。入力内容を確認するか、新規登録してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The changes to this resident are not saved. Discard them?</source>
        <translation>この住民の変更は保存されていません。変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>記録を開いています</translation>
    </message>
    <message>
        <source>The stored record is open; what was typed was not saved.</source>
        <translation>登録済みの記録を開きました。入力中の内容は保存されていません。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新規住民</translation>
    </message>
    <message>
        <source>Resident record</source>
        <translation>住民の記録</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Delivered or returned</source>
        <translation>配達・返戻</translation>
    </message>
    <message>
        <source>Scan or type the tracking number, then Enter</source>
        <translation>追跡番号を読み取るか入力して Enter</translation>
    </message>
    <message>
        <source>Tracking number of the mailed card</source>
        <translation>郵送したカードの追跡番号</translation>
    </message>
    <message>
        <source>Date of the delivery or return</source>
        <translation>配達または返戻の日付</translation>
    </message>
    <message>
        <source>No item chosen.</source>
        <translation>郵便物が選択されていません。</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>配達済(&amp;D)</translation>
    </message>
    <message>
        <source>The resident received the card (Ctrl+D)</source>
        <translation>本人がカードを受け取りました（Ctrl+D）</translation>
    </message>
    <message>
        <source>Reason for the return</source>
        <translation>返戻の理由</translation>
    </message>
    <message>
        <source>Note (needed for Other)</source>
        <translation>メモ（「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>Note on the return</source>
        <translation>返戻のメモ</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>返戻(&amp;R)</translation>
    </message>
    <message>
        <source>The post office sent the card back</source>
        <translation>郵便局からカードが返送されました</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>追跡番号(&amp;T)：</translation>
    </message>
    <message>
        <source>(the day in the post office&apos;s tracking; today unless it was earlier)</source>
        <translation>（郵便局の追跡結果に出ている配達・返戻の日。今日なら変更不要）</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日付(&amp;A)：</translation>
    </message>
    <message>
        <source>or returned because:</source>
        <translation>または返戻の理由：</translation>
    </message>
    <message>
        <source>No mailed card has this tracking number. Check the number.</source>
        <translation>この追跡番号で郵送したカードはありません。番号を確認してください。</translation>
    </message>
    <message>
        <source>{name}, {address} — batch No. {batch}, item {position}, sent {sent}: {state}</source>
        <translation>{name}、{address} — 発送No.{batch}の{position}件目、{sent}発送：{state}</translation>
    </message>
    <message>
        <source>Recorded: {name} — {state} ({date}).</source>
        <translation>記録しました：{name} — {state}（{date}）。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Notes on visits</source>
        <translation>来庁時のメモ</translation>
    </message>
    <message>
        <source>Personal details of finished card cases</source>
        <translation>完了した案件の個人情報</translation>
    </message>
    <message>
        <source>Residents with no recent visit or case</source>
        <translation>最近の来庁や案件がない住民</translation>
    </message>
    <message>
        <source>Bookings (names, times, history) after their day</source>
        <translation>予約（氏名・時刻・履歴）、予約日の経過後</translation>
    </message>
    <message>
        <source>Residents&apos; links in handover and counter service records</source>
        <translation>交付・窓口手続の記録と住民とのひも付け</translation>
    </message>
    <message>
        <source>Notes on cards returned by post</source>
        <translation>返戻されたカードのメモ</translation>
    </message>
    <message>
        <source>Application photos (JPEG files)</source>
        <translation>申請用写真（JPEGファイル）</translation>
    </message>
    <message>
        <source>Assisted applications (phone, questions, links to the resident)</source>
        <translation>申請サポートの記録（電話番号、質問、住民とのひも付け）</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Personal data older than these periods is removed by the retention run. Counts are always kept. 0 days keeps the data.</source>
        <translation>この期間を過ぎた個人情報は、保存期間の整理処理で削除されます。集計件数は常に保存されます。0日にするとデータを削除しません。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <source>Storage period expired</source>
        <translation>保管期間経過</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>宛所不明</translation>
    </message>
    <message>
        <source>Refused by the addressee</source>
        <translation>受取拒否</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Counter staff</source>
        <translation>窓口担当</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>Furigana, phone, or reservation number</source>
        <translation>フリガナ、電話番号または予約番号</translation>
    </message>
    <message>
        <source>Birth date (with a reservation number)</source>
        <translation>生年月日（予約番号で検索する場合）</translation>
    </message>
    <message>
        <source>Bookings &amp;on this day</source>
        <translation>この日の予約(&amp;O)</translation>
    </message>
    <message>
        <source>Include cancelled</source>
        <translation>取消分も表示</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the birth date too: the reservation number alone opens nothing.</source>
        <translation>生年月日も入力してください。予約番号だけでは予約を開けません。</translation>
    </message>
    <message>
        <source>To find bookings of a day, use Bookings on this day.</source>
        <translation>1日分の予約を探すには「この日の予約」を使用してください。</translation>
    </message>
    <message>
        <source>No booking found.</source>
        <translation>該当する予約がありません。</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>Never lock</source>
        <translation>ロックしない</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>The screen locks after the idle time so residents&apos; data is not left on show; staff log in again to carry on. After the number of wrong passwords a staff account is locked for the lock time (an administrator can unlock it at once by resetting the password).</source>
        <translation>住民の情報が表示されたままにならないよう、一定時間操作がないと画面をロックします。続けるには職員がログインし直します。パスワードを指定回数間違えると、職員アカウントはロック時間の間ロックされます（管理者はパスワードを再設定してすぐに解除できます）。</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle</source>
        <translation>無操作で画面をロックするまでの時間(&amp;I)</translation>
    </message>
    <message>
        <source>Lock an &amp;account after</source>
        <translation>アカウントをロックするまでの失敗回数(&amp;A)</translation>
    </message>
    <message>
        <source>Account lock &amp;time</source>
        <translation>アカウントのロック時間(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;backups of the last</source>
        <translation>バックアップの保存日数(&amp;B)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Saved. The idle lock time applies from the next login.</source>
        <translation>保存しました。画面ロックまでの時間は次回のログインから適用されます。</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>Booking: handover terminals on duty</source>
        <translation>予約：稼働する統合端末がある</translation>
    </message>
    <message>
        <source>Booking: session rules written to the calendar</source>
        <translation>予約：開庁ルールがカレンダーに反映されている</translation>
    </message>
    <message>
        <source>Smart-card service</source>
        <translation>スマートカードサービス</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>Postage for mailed cards is set</source>
        <translation>郵送料が設定されている</translation>
    </message>
    <message>
        <source>The address label sheet fits on A4</source>
        <translation>宛名ラベルがA4用紙に収まる</translation>
    </message>
    <message>
        <source>The opening balance of the cumulative card count is set</source>
        <translation>累計交付枚数の起算値が設定されている</translation>
    </message>
    <message>
        <source>This month&apos;s figures for the issuance plan follow-up are set</source>
        <translation>交付円滑化計画の今月の数値が設定されている</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>データベースの整合性</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマのバージョン</translation>
    </message>
    <message>
        <source>database {have}, this version {want}</source>
        <translation>データベース {have}、このバージョン {want}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>missing: {files}</source>
        <translation>見つかりません：{files}</translation>
    </message>
    <message>
        <source>the main font lacks Japanese characters</source>
        <translation>主フォントに日本語の文字がありません</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>読み込めません：{reason}</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>the Japanese translation is missing</source>
        <translation>日本語の翻訳がありません</translation>
    </message>
    <message>
        <source>the Japanese translation cannot be compiled for Qt</source>
        <translation>日本語の翻訳を Qt 用にコンパイルできません</translation>
    </message>
    <message>
        <source>Japanese: {n} messages</source>
        <translation>日本語：{n}件のメッセージ</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>no printer is visible; documents can still be saved as PDF</source>
        <translation>プリンターが見つかりません。文書は PDF で保存できます</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>no automatic backup yet</source>
        <translation>自動バックアップはまだありません</translation>
    </message>
    <message>
        <source>the newest backup is {days} days old</source>
        <translation>最新のバックアップは{days}日前のものです</translation>
    </message>
    <message>
        <source>no backup passphrase set for encrypted copies</source>
        <translation>暗号化コピー用のバックアップパスフレーズが設定されていません</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>ディスクの空き容量</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Madoguchi {version} selftest of {folder}</source>
        <translation>Madoguchi {version} 自己診断：{folder}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings.</source>
        <translation>エラー {errors}件、警告 {warnings}件。</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Card handover</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <translation>電子証明書更新</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>暗証番号再設定</translation>
    </message>
    <message>
        <source>PIN change</source>
        <translation>暗証番号変更</translation>
    </message>
    <message>
        <source>Card details update</source>
        <translation>券面事項変更</translation>
    </message>
</context>
<context>
    <name>SessionRulesPage</name>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Weekend session</source>
        <translation>休日開庁</translation>
    </message>
    <message>
        <source>Extra session (e.g. evening)</source>
        <translation>臨時開庁（夜間など）</translation>
    </message>
    <message>
        <source>week </source>
        <translation>第</translation>
    </message>
    <message>
        <source>e.g. 3, 4</source>
        <translation>例：3, 4</translation>
    </message>
    <message>
        <source>Skip national holidays</source>
        <translation>祝日は除く</translation>
    </message>
    <message>
        <source>Shown in the calendar, e.g. 第2土曜 休日開庁</source>
        <translation>カレンダーに表示する名前（例：第2土曜 休日開庁）</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected rule</source>
        <translation>選択したルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>開庁区分</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Which week</source>
        <translation>第何週</translation>
    </message>
    <message>
        <source>Date (one-off)</source>
        <translation>日付（1日のみ）</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>開始～終了</translation>
    </message>
    <message>
        <source>Except months</source>
        <translation>除外する月</translation>
    </message>
    <message>
        <source>Booking sessions</source>
        <translation>開庁日程</translation>
    </message>
    <message>
        <source>Write the excepted months as numbers, e.g. 3, 4.</source>
        <translation>除外する月は数字で入力してください（例：3, 4）。</translation>
    </message>
    <message>
        <source>Writing sessions…</source>
        <translation>開庁日程を書き込んでいます…</translation>
    </message>
    <message>
        <source>Select a rule in the list.</source>
        <translation>一覧からルールを選択してください。</translation>
    </message>
    <message>
        <source>Bookings without a slot</source>
        <translation>予約枠がなくなった予約</translation>
    </message>
    <message>
        <source>{n} bookings are now on a closed day or outside the opening hours. Call the residents: the list is in Booking › Call lists › Bookings without a slot.</source>
        <translation>{n}件の予約が閉庁日または開庁時間外になりました。住民に連絡してください。一覧は 予約 › 連絡リスト › 予約枠がなくなった予約 にあります。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Booking</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Booking sessions</source>
        <translation>開庁日程</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the pages opened in this window</source>
        <translation>このウィンドウで開いた設定をすべて保存</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Madoguchi — First setup</source>
        <translation>Madoguchi — 初期設定</translation>
    </message>
    <message>
        <source>Saving the office profile…</source>
        <translation>窓口の基本情報を保存しています…</translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation>デモ窓口を作成しています…</translation>
    </message>
    <message>
        <source>No demo office was made: this data folder already holds an office. Use an empty folder.</source>
        <translation>デモ窓口は作成されませんでした。このデータフォルダーにはすでに窓口のデータがあります。空のフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>Demo office created</source>
        <translation>デモ窓口を作成しました</translation>
    </message>
</context>
<context>
    <name>ShotCard</name>
    <message>
        <source>Choose this one</source>
        <translation>この写真を選ぶ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Shot {n} ({kind})</source>
        <translation>{n}枚目（{kind}）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>✓ All checks passed</source>
        <translation>✓ すべて適合</translation>
    </message>
    <message>
        <source>✗ {n} check(s) failed</source>
        <translation>✗ {n}件不適合</translation>
    </message>
</context>
<context>
    <name>ShotStrip</name>
    <message>
        <source>Take at least two shots; then the resident picks one (keys 1–9).</source>
        <translation>2枚以上撮影し、本人に1枚を選んでもらってください（キー1～9）。</translation>
    </message>
    <message>
        <source>The resident picks a shot (keys 1–9), or take another one.</source>
        <translation>本人に写真を選んでもらうか（キー1～9）、もう1枚撮影してください。</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>The office</source>
        <translation>本庁</translation>
    </message>
    <message>
        <source>Working &amp;at:</source>
        <translation>受付場所(&amp;A)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Today&apos;s application support queue</source>
        <translation>本日の申請サポートの受付</translation>
    </message>
    <message>
        <source>&amp;Start (Enter)</source>
        <translation>開始(&amp;S)（Enter）</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>本日の受付</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>中断日時</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Applications to continue or resume</source>
        <translation>続行・再開する申請</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Continue or resume</source>
        <translation>続行・再開</translation>
    </message>
    <message>
        <source>Furigana of a stored resident</source>
        <translation>登録済みの住民のフリガナ</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>カナ(&amp;K)：</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>New &amp;walk-in resident</source>
        <translation>予約なしの新規住民(&amp;W)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>予約なし</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>受付一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Pop-up: {name} {start}–{end}</source>
        <translation>出張：{name} {start}～{end}</translation>
    </message>
    <message>
        <source> (to resume)</source>
        <translation>（再開待ち）</translation>
    </message>
    <message>
        <source>Type the furigana in kana.</source>
        <translation>フリガナをカナで入力してください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling, or start a new walk-in.</source>
        <translation>該当者がいません。表記を確認するか、予約なしの新規住民として開始してください。</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <source>Short note (optional; needed for “Other”)</source>
        <translation>短いメモ（任意、「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>Stop the application</source>
        <translation>申請を中断</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Stop because:</source>
        <translation>中断の理由：</translation>
    </message>
</context>
<context>
    <name>SuspendReason</name>
    <message>
        <source>Fetching a document or the form</source>
        <translation>書類または申請書を取りに戻る</translation>
    </message>
    <message>
        <source>Photo to be brought or retaken</source>
        <translation>写真の持参または撮り直し</translation>
    </message>
    <message>
        <source>Resident wants to think it over</source>
        <translation>本人が検討したい</translation>
    </message>
    <message>
        <source>Online service or tablet trouble</source>
        <translation>オンラインサービスまたはタブレットの不具合</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>TabletsEditor</name>
    <message>
        <source>Tablet number</source>
        <translation>タブレット番号</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Add tablet</source>
        <translation>タブレットを追加</translation>
    </message>
    <message>
        <source>Remove tablet</source>
        <translation>タブレットを削除</translation>
    </message>
</context>
<context>
    <name>TabletsPage</name>
    <message>
        <source>Tablets for online applications</source>
        <translation>オンライン申請用タブレット</translation>
    </message>
    <message>
        <source>Each tablet has its own mail address for the online application. You may add them later.</source>
        <translation>オンライン申請では、タブレットごとに専用のメールアドレスを使用します。あとから追加することもできます。</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>本日の受付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Today&apos;s counts</source>
        <translation>本日の件数</translation>
    </message>
    <message>
        <source>Loading today…</source>
        <translation>本日の情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>Open today, {start}–{end}</source>
        <translation>本日は開庁しています（{start}～{end}）</translation>
    </message>
    <message>
        <source>Open today</source>
        <translation>本日は開庁しています</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>本日は閉庁です</translation>
    </message>
    <message>
        <source>Sessions: {spans}</source>
        <translation>開庁時間：{spans}</translation>
    </message>
</context>
<context>
    <name>UnclaimedPanel</name>
    <message>
        <source>All waiting cards</source>
        <translation>受取待ちのすべてのカード</translation>
    </message>
    <message>
        <source>Reminder not sent yet</source>
        <translation>再通知未送付</translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <translation>廃棄可能</translation>
    </message>
    <message>
        <source>With returned letters</source>
        <translation>通知書の返戻あり</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Notice / invitation</source>
        <translation>通知・来庁案内</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>再通知</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Disposal from</source>
        <translation>廃棄可能日</translation>
    </message>
    <message>
        <source>Unclaimed cards</source>
        <translation>未受取カード</translation>
    </message>
    <message>
        <source>Print &amp;reminders…</source>
        <translation>再通知を印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a returned &amp;letter…</source>
        <translation>通知書の返戻を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Dispose of the selected cards…</source>
        <translation>選択したカードを廃棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Earlier disposal lists</source>
        <translation>過去の廃棄一覧</translation>
    </message>
    <message>
        <source>Print the list again</source>
        <translation>一覧を再印刷</translation>
    </message>
    <message>
        <source>Loading unclaimed cards…</source>
        <translation>未受取カードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Disposal rule: {rule}</source>
        <translation>廃棄の規定：{rule}</translation>
    </message>
    <message>
        <source>{date}: {n} card(s)</source>
        <translation>{date}：{n}枚</translation>
    </message>
    <message>
        <source> (due)</source>
        <translation>（廃棄可）</translation>
    </message>
    <message>
        <source>after a reminder</source>
        <translation>再通知後</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保管継続</translation>
    </message>
    <message>
        <source>{n} card(s) waiting, {due} due for disposal</source>
        <translation>受取待ち {n}枚（うち廃棄可能 {due}枚）</translation>
    </message>
    <message>
        <source>Select one or more cards in the list first.</source>
        <translation>先に一覧からカードを選択してください。</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>通知書を準備しています…</translation>
    </message>
    <message>
        <source>Recorded {n} reminder(s).</source>
        <translation>再通知を{n}件記録しました。</translation>
    </message>
    <message>
        <source>Select one card to record a returned letter.</source>
        <translation>通知書の返戻を記録するカードを1枚選択してください。</translation>
    </message>
    <message>
        <source>Reminder sent {date}</source>
        <translation>{date}送付の再通知</translation>
    </message>
    <message>
        <source>The notice or invitation of {date}</source>
        <translation>{date}の交付通知書または来庁案内</translation>
    </message>
    <message>
        <source>Every letter of this card is already recorded as returned.</source>
        <translation>このカードの通知書は、すべて返戻記録済みです。</translation>
    </message>
    <message>
        <source>Returned letter</source>
        <translation>通知書の返戻</translation>
    </message>
    <message>
        <source>Which letter came back?</source>
        <translation>どの通知書が返戻されましたか？</translation>
    </message>
    <message>
        <source>Returned letter recorded.</source>
        <translation>通知書の返戻を記録しました。</translation>
    </message>
    <message>
        <source>{n} of the selected cards are not yet due for disposal under the rule. Select only cards marked due.</source>
        <translation>選択したカードのうち{n}枚は、規定上まだ廃棄できません。廃棄可能なカードだけを選択してください。</translation>
    </message>
    <message>
        <source>Dispose of cards</source>
        <translation>カードの廃棄</translation>
    </message>
    <message>
        <source>Dispose of {n} card(s)? This cannot be undone: the residents must apply again.</source>
        <translation>{n}枚のカードを廃棄しますか？ 元に戻すことはできず、本人は再申請が必要になります。</translation>
    </message>
    <message>
        <source>Recording the disposal…</source>
        <translation>廃棄を記録しています…</translation>
    </message>
    <message>
        <source>Disposal recorded. Print the list for the file.</source>
        <translation>廃棄を記録しました。保管用に一覧を印刷してください。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <source>New password for the selected staff member</source>
        <translation>選択した職員の新しいパスワード</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>パスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>VenueType</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>公民館・地域施設</translation>
    </message>
    <message>
        <source>Shopping centre</source>
        <translation>商業施設</translation>
    </message>
    <message>
        <source>Care facility</source>
        <translation>福祉施設</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <source>Previous month</source>
        <translation>前月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請件数</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>出張受付を削除</translation>
    </message>
    <message>
        <source>Address of a new venue</source>
        <translation>新しい会場の住所</translation>
    </message>
    <message>
        <source>&amp;Add the session</source>
        <translation>出張受付を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y)：</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日付(&amp;T)：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>職員：</translation>
    </message>
    <message>
        <source>Tablets:</source>
        <translation>タブレット：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Plan a pop-up session</source>
        <translation>出張受付の予定登録</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <source>This month: {n} pop-up application(s) at {s} session(s). By type: {t}. By venue: {v}.</source>
        <translation>今月：出張受付 {s}回で申請 {n}件。種類別：{t}。会場別：{v}。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Remove the session at {venue} on {day}?</source>
        <translation>{day}の{venue}での出張受付を削除しますか？</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>削除しています…</translation>
    </message>
</context>
<context>
    <name>VisitState</name>
    <message>
        <source>Waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>不在</translation>
    </message>
</context>
<context>
    <name>WalkIn</name>
    <message>
        <source>Certificate renewal</source>
        <translation>電子証明書更新</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>暗証番号再設定</translation>
    </message>
    <message>
        <source>PIN change</source>
        <translation>暗証番号変更</translation>
    </message>
    <message>
        <source>Card details update</source>
        <translation>券面事項変更</translation>
    </message>
    <message>
        <source>Both certificates</source>
        <translation>両方の電子証明書</translation>
    </message>
    <message>
        <source>Signature certificate</source>
        <translation>署名用電子証明書</translation>
    </message>
    <message>
        <source>User certificate</source>
        <translation>利用者証明用電子証明書</translation>
    </message>
    <message>
        <source>4-digit PINs</source>
        <translation>4桁の暗証番号</translation>
    </message>
    <message>
        <source>Signature PIN</source>
        <translation>署名用電子証明書の暗証番号</translation>
    </message>
    <message>
        <source>All PINs</source>
        <translation>すべての暗証番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>その他の事項</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Walk-in</source>
        <translation>予約なし</translation>
    </message>
    <message>
        <source>Furigana, phone or birth date (F4)</source>
        <translation>フリガナ、電話番号または生年月日（F4）</translation>
    </message>
    <message>
        <source>Find the walk-in resident</source>
        <translation>予約なしの住民を検索</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>新規住民…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>Check in &amp;walk-in</source>
        <translation>予約なしで受付(&amp;W)</translation>
    </message>
    <message>
        <source>Nobody found. Use New resident to enter them.</source>
        <translation>該当者がいません。「新規住民」から登録してください。</translation>
    </message>
    <message>
        <source>Find the resident or enter a new one first.</source>
        <translation>先に住民を検索するか、新規登録してください。</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>受付しています…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Today&apos;s queue for counter services</source>
        <translation>本日の窓口手続の受付</translation>
    </message>
    <message>
        <source>Furigana of a walk-in resident</source>
        <translation>予約なしで来庁した住民のフリガナ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>カナ(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose a resident on the left.</source>
        <translation>左の一覧から住民を選択してください。</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>Remarks (never a PIN or an Individual Number)</source>
        <translation>備考（暗証番号・個人番号は記入しないでください）</translation>
    </message>
    <message>
        <source>&amp;Record service</source>
        <translation>手続を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Record the service (Ctrl+Enter)</source>
        <translation>手続を記録（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>手続(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Done:</source>
        <translation>内容(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>備考(&amp;M)：</translation>
    </message>
    <message>
        <source>Identity checked:</source>
        <translation>本人確認：</translation>
    </message>
    <message>
        <source>Type the furigana in kana.</source>
        <translation>フリガナをカナで入力してください。</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling.</source>
        <translation>該当者がいません。表記を確認してください。</translation>
    </message>
    <message>
        <source> (No. {n})</source>
        <translation>（番号 {n}）</translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation>（予約なし）</translation>
    </message>
    <message>
        <source>This resident is queued for another service. Choose that service.</source>
        <translation>この住民は別の手続で受付されています。その手続を選択してください。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>記録しています…</translation>
    </message>
    <message>
        <source>Recorded: {service}.</source>
        <translation>記録しました：{service}</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Madoguchi</source>
        <translation>Madoguchi へようこそ</translation>
    </message>
    <message>
        <source>This is the first start of Madoguchi in this data folder. The next pages ask for the office profile (municipality, local government code, opening hours, counters, terminals and tablets) and create the first administrator. Everything can be changed later in Settings.</source>
        <translation>このデータフォルダーで Madoguchi を起動するのは初めてです。次のページから、窓口の基本情報（市区町村名、地方公共団体コード、開庁時間、窓口、統合端末、タブレット）を入力し、最初の管理者を登録します。内容はすべて、あとから「設定」で変更できます。</translation>
    </message>
    <message>
        <source>To try Madoguchi first, create a demo office instead: invented residents and three months of activity, clearly marked DEMO. Use an empty data folder for the real office later.</source>
        <translation>まず Madoguchi を試す場合は、代わりにデモ窓口を作成してください。架空の住民と3か月分の記録が入り、「DEMO」と明示されます。本番の窓口には、あとで空のデータフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>Create a &amp;demo office</source>
        <translation>デモ窓口を作成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s とは同時に指定できません</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を1つ指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を1つ以上指定してください</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプション %(option)s があいまいです（候補: %(matches)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s として正しくない値です: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>選べない値です: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を %s 個指定してください</translation>
    </message>
</context>
</TS>
