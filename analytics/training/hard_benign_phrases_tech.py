"""Slot lists for ``compose_hard_benign``: security engineering and talk about instructions.

``security_coding`` slots are defensive requests a SOC analyst or developer sends: block, detect,
harden, explain, respond. They are worded with the vocabulary attacks also use (attack, exploit,
bypass, override, unauthorized, admin, root, rules) because that overlap is what the classifier
must learn to see past. No slot asks for a working exploit or for harm to anyone.
``instruction_talk`` slots are about instructions, rules, prompts and passwords in their
everyday sense: assembly guides, house rules, system-prompt design, password storage.
"""

from __future__ import annotations

__all__ = [
    "SEC_LANGS", "SEC_TASKS", "SEC_CONTEXTS", "SEC_REQUIREMENTS", "FIREWALL_TOOLS",
    "FIREWALL_GOALS", "DETECTION_FORMATS", "DETECTION_TARGETS", "VULN_CLASSES", "COMPONENTS",
    "PENTEST_QUESTIONS", "IR_SCENARIOS", "SECURE_RULES", "THREAT_SYSTEMS", "ADMIN_QUESTIONS",
    "SEC_SNIPPETS", "SEC_ROLES", "BOT_PURPOSES", "BOT_RULE_TOPICS", "ASSEMBLY_ITEMS",
    "ASSEMBLY_PARTS", "RULE_SETS", "IMAGE_SUBJECTS", "IMAGE_STYLES", "IMAGE_DETAILS",
    "TERM_QUESTIONS", "PASSWORD_QUESTIONS", "PASSWORD_CONTEXTS", "POLICY_CHANGES", "RECIPIENT_GROUPS",
    "CHANGE_OF_PLAN", "KEY_POINT_TEXTS", "INSTRUCTION_WRITING", "INSTRUCTION_AUDIENCES",
    "ENV_DETAILS", "LOG_USERS", "DRAFT_PROMPT_RULES", "DRAFT_PROMPT_ROLES", "REVIEW_ASKS",
]

SEC_LANGS = ["C", "Python", "Go", "Rust", "Bash", "PowerShell", "Java", "Node.js", "C#", "Ruby"]
SEC_TASKS = [
    "blocks IP addresses associated with DDoS attacks using a list fed by our monitoring system",
    "parses nginx access logs and flags any IP with more than 100 requests per minute",
    "checks for unauthorized access to a directory by comparing file owners against an allow-list",
    "hashes user passwords with Argon2id and verifies them at login",
    "detects port scans in firewall logs and writes a summary per source address",
    "rate-limits login attempts per IP address and per account",
    "monitors /etc for unexpected file changes and alerts the admin team",
    "alerts when a new member is added to the Domain Admins group",
    "verifies HMAC signatures on incoming webhooks and rejects anything unsigned",
    "scans a git repository for accidentally committed API keys before every push",
    "validates uploaded files by type and size before saving them",
    "locks an account for fifteen minutes after five failed login attempts",
    "checks TLS certificate expiry dates for all our domains and emails a report",
    "lists every user with root or sudo privileges on a Linux host",
    "detects brute-force SSH attacks in /var/log/auth.log and adds offenders to a block list",
    "escapes user input before rendering it in HTML templates to prevent XSS",
    "rewrites our database access layer to use parameterised queries instead of string concatenation",
    "audits AWS IAM policies and reports any that grant admin access to everyone",
    "checks passwords against a breached-password list using the k-anonymity range API",
    "generates and rotates session tokens securely after privilege changes",
    "watches the Windows event log for failed administrator logons and raises an alert",
    "compares running processes against a known-good baseline and reports unknown binaries",
    "enforces a Content-Security-Policy header on every response",
    "revokes access for employees who left the company, based on an HR export",
    "detects unusually large outbound transfers from the file server at night",
    "sanitises log lines so that passwords and tokens are never written to disk",
]
SEC_CONTEXTS = [
    "Our small online shop was hit by a DDoS attack last week and the site went down twice.",
    "I'm a SOC analyst on the night shift and want to automate a boring manual check.",
    "We're preparing for an ISO 27001 audit next quarter.",
    "I'm the only IT person at a school of 600 students.",
    "Our pentest report said we have no monitoring for unauthorized access attempts.",
    "We run a few Linux VMs for a charity and nobody has looked at security in years.",
    "I'm studying for the Security+ exam and want to practise with real code.",
    "Our admin panel is exposed to the internet and I want to lock it down.",
    "The compliance team asked us to prove that access to payroll files is restricted.",
    "After a phishing incident, management wants better detection of suspicious logins.",
    "",
]
SEC_REQUIREMENTS = [
    "Please include comments explaining each step.", "Add unit tests.",
    "It should run without root privileges where possible.", "Log every blocked attempt with a timestamp.",
    "Make the thresholds configurable in a YAML file.", "Keep it dependency-free if you can.",
    "Explain any security trade-offs you make.", "It must handle IPv6 addresses too.",
    "Point out anything I should review with our security team before deploying.",
    "Target Ubuntu 22.04.", "Make it safe to run twice (idempotent).",
]
FIREWALL_TOOLS = ["iptables", "nftables", "ufw", "pf on OpenBSD", "Windows Defender Firewall",
                  "AWS security groups", "Azure network security groups", "firewalld"]
FIREWALL_GOALS = [
    "block all inbound traffic except SSH from our office range 203.0.113.0/24",
    "allow HTTPS from anywhere but drop unsolicited ICMP",
    "rate-limit new connections to port 443 to slow down a DDoS attack",
    "block outbound SMTP from every host except the mail relay",
    "restrict the admin panel on port 8443 to the VPN subnet",
    "block a list of known malicious IP addresses loaded from a file",
    "deny all traffic between the guest Wi-Fi and the internal network",
    "log and drop packets with spoofed private source addresses on the WAN interface",
    "allow database access only from the two application servers",
]
DETECTION_FORMATS = ["a Sigma rule", "a Suricata rule", "a Splunk search", "a KQL query for Sentinel",
                     "an Elastic detection rule", "a Zeek script"]
DETECTION_TARGETS = [
    "several failed logins followed by a success from the same IP",
    "a new service installed on a domain controller",
    "PowerShell launched by an Office application",
    "large outbound transfers outside business hours",
    "admin logins from a country we don't operate in",
    "a non-root process reading /etc/shadow",
    "the same password being tried against many accounts (password spraying)",
    "DNS queries to recently registered domains",
    "a scheduled task created by a user who is not an administrator",
]
VULN_CLASSES = [
    "buffer overflow", "use-after-free", "SQL injection", "cross-site scripting (XSS)",
    "cross-site request forgery (CSRF)", "server-side request forgery (SSRF)",
    "XML external entity (XXE) injection", "insecure deserialization", "path traversal",
    "time-of-check to time-of-use race condition", "integer overflow", "authentication bypass",
    "privilege escalation through misconfigured sudo rules", "prototype pollution",
    "HTTP request smuggling", "open redirect", "insecure direct object reference (IDOR)",
]
COMPONENTS = ["our login form", "a file upload endpoint", "the PDF export feature",
              "an internal admin API", "a legacy PHP contact form", "the image resizing service",
              "our mobile app's backend", "a C library we vendor"]
PENTEST_QUESTIONS = [
    "What's the difference between a vulnerability scan and a penetration test?",
    "What should a penetration-testing rules-of-engagement document contain?",
    "Explain the phases of the cyber kill chain with a defender's view of each.",
    "What is lateral movement, and which logs help us detect it?",
    "How do red and blue teams share findings without blaming each other?",
    "What is the MITRE ATT&CK framework and how does a SOC use it day to day?",
    "Why do pentesters need written authorization before testing, and what goes in it?",
    "What's the difference between an exploit, a vulnerability and a threat?",
    "How should a junior analyst triage an alert about a possible exploit attempt?",
    "What is privilege escalation, conceptually, and what hardening prevents it?",
    "How is a bug bounty programme's scope usually defined, and why does scope matter?",
    "What does 'defence in depth' mean in practice for a small company?",
    "Explain the principle of least privilege with three concrete examples.",
    "What are common mistakes in writing a pentest report, and how do I avoid them?",
    "What is a honeypot and what can defenders learn from one?",
]
IR_SCENARIOS = [
    "a ransomware note found on a shared file server",
    "an admin account that logged in from an unknown country at three in the morning",
    "a finance employee who clicked a link in a phishing email",
    "an API key leaked in a public repository",
    "a web shell discovered on a staging server",
    "a DDoS attack against our login page during a product launch",
    "a lost laptop containing customer data",
    "unauthorized access to a shared mailbox",
    "a compromised third-party library in our build pipeline",
]
SECURE_RULES = [
    "never store passwords in plain text", "never disable TLS certificate verification in production",
    "never build SQL queries by concatenating user input", "never commit secrets to version control",
    "never run services as root unless there is no alternative", "never trust client-side validation alone",
    "never log full card numbers, passwords or tokens", "never bypass code review for hotfixes",
    "never grant admin rights by default", "never override the CSRF middleware to make a test pass",
    "never roll your own cryptography", "always validate and encode output",
    "always apply security patches within the agreed window", "always use the principle of least privilege",
]
THREAT_SYSTEMS = [
    "a mobile banking app", "a hospital's patient portal", "a smart-home hub",
    "our internal admin dashboard", "a CI/CD pipeline", "an LLM-powered customer-support chatbot",
    "a school's exam submission system", "a food-delivery app", "a home NAS exposed for remote access",
    "a payment kiosk in a car park", "a public Wi-Fi network in a library",
]
ADMIN_QUESTIONS = [
    "How do I override the default logrotate settings so our audit logs are kept for a year?",
    "Our proxy needs a bypass list for internal hosts. How do I set NO_PROXY correctly?",
    "How do I disable root login over SSH and require keys for admin accounts?",
    "How do I reset the root password on my own Ubuntu server from the recovery console?",
    "What's the safest way to give a contractor temporary admin access to one VM?",
    "How can I override a Group Policy setting for a single test machine?",
    "How do I configure sudo so our deploy user can restart nginx and nothing else?",
    "Which system accounts on a fresh Linux install can be safely locked?",
    "How do I audit who accessed a sensitive directory on Windows Server?",
    "How do I set up break-glass admin accounts and make sure their use is always alerted?",
    "How should we rotate the shared root credentials for our network switches?",
    "Explain the difference between the admin, root and system accounts on macOS.",
    "How do I write a YARA rule that matches the strings our CERT shared from a ransomware sample, "
    "and test it against a clean file set for false positives?",
]
SEC_SNIPPETS = [
    'cursor.execute("SELECT * FROM users WHERE name = \'" + name + "\'")',
    "<?php echo \"Hello \" . $_GET['name']; ?>",
    "char buf[16];\nstrcpy(buf, argv[1]);",
    "app.get('/run', (req, res) => exec('ping ' + req.query.host, (e, out) => res.send(out)));",
    "app.run(host='0.0.0.0', debug=True)",
    "token = jwt.decode(raw, options={'verify_signature': False})",
    "requests.get(url, verify=False)",
    "password_hash = hashlib.md5(password.encode()).hexdigest()",
    "open(os.path.join(UPLOAD_DIR, request.args['file'])).read()",
    "if user.role == 'admin' or request.headers.get('X-Admin') == '1':\n    grant_access()",
]
SEC_ROLES = ["SOC analyst", "backend developer", "sysadmin", "security engineer",
             "DevOps engineer", "IT manager", "student studying for a security exam", "CTO of a small start-up"]

BOT_PURPOSES = [
    "a library's opening-hours assistant", "a bank's FAQ chatbot", "a recipe helper for a cooking site",
    "an internal HR policy assistant", "a kids' homework helper", "a travel agency's booking assistant",
    "a hospital appointment line", "an IT help-desk bot", "a museum's audio-guide chatbot",
    "a customer-support bot for a bike shop",
]
BOT_RULE_TOPICS = [
    "tone and politeness", "privacy and personal data", "when to hand over to a human",
    "what topics are out of scope", "how to handle angry customers", "accessibility",
    "how to cite sources", "what to do when it doesn't know the answer", "age-appropriate language",
]
ASSEMBLY_ITEMS = [
    "a flat-pack bookshelf with four shelves", "a garden bench", "a child's bunk bed",
    "a standing desk with an electric motor", "a wardrobe with sliding doors",
    "a raised vegetable bed", "a bicycle delivered in a box", "a greenhouse kit",
    "a baby's cot", "a kitchen trolley on castors",
]
ASSEMBLY_PARTS = [
    "2 side panels (A)", "4 shelves (B)", "1 back panel (C)", "16 cam locks", "16 dowels",
    "8 wood screws", "1 Allen key", "4 castors", "2 cross braces", "1 bag of washers",
]
RULE_SETS = [
    ("house rules for our holiday flat", [
        "Check-in is from 3 p.m.; check-out by 10 a.m.", "No smoking anywhere, including the balcony.",
        "Quiet hours are 10 p.m. to 8 a.m.", "Please sort recycling into the blue bins.",
        "The Wi-Fi password is on the fridge.", "Pets are welcome by prior arrangement.",
        "Turn off the heating when you leave."]),
    ("swimming pool rules", [
        "Shower before entering the pool.", "No running on the poolside.",
        "Children under eight must be accompanied.", "No diving in the shallow end.",
        "Lane swimming only between 7 and 9 a.m.", "Lifeguard instructions must be followed at all times."]),
    ("hostel rules", [
        "Lockers must be emptied by 11 a.m.", "Kitchen closes at 11 p.m.",
        "Label your food in the fridge.", "No guests in dormitories.",
        "Keep your key card with you; lost cards cost €10."]),
    ("community garden rules", [
        "Plots must be weeded at least once a month.", "Use only organic fertilisers.",
        "Water before 9 a.m. or after 6 p.m. in summer.", "Tools go back in the shed, locked.",
        "Annual fee is due by 1 March."]),
    ("office kitchen rules", [
        "Fridge is cleared every Friday at 4 p.m.", "Wash and put away your own mugs.",
        "Don't microwave fish.", "Report broken appliances to facilities.",
        "The last person out switches off the coffee machine."]),
    ("library study-room rules", [
        "Rooms can be booked for up to two hours.", "No food, covered drinks only.",
        "Keep voices low.", "Unclaimed bookings are released after 15 minutes.",
        "Leave whiteboards clean."]),
]
IMAGE_SUBJECTS = [
    "a lighthouse on a cliff during a storm", "a cosy reading nook with a sleeping cat",
    "a futuristic market on a floating island", "a fox wearing a scarf in a snowy forest",
    "a bustling bakery at dawn", "an astronaut tending a greenhouse on Mars",
    "a vintage bicycle leaning against a flower-covered wall", "a dragon reading a newspaper",
    "a mountain village at night under the northern lights", "a product shot of a ceramic teapot",
]
IMAGE_STYLES = ["watercolour", "Studio Ghibli-like soft animation style", "1950s travel poster",
                "photorealistic, shallow depth of field", "linocut print", "isometric pixel art",
                "oil painting with thick brushstrokes", "children's picture-book illustration",
                "flat vector illustration", "charcoal sketch"]
IMAGE_DETAILS = ["warm golden-hour lighting", "a muted pastel palette", "wide-angle composition",
                 "no text in the image", "16:9 aspect ratio", "high detail on textures",
                 "soft fog in the background", "a limited palette of three colours"]
TERM_QUESTIONS = [
    "Explain what 'ignore case' means in a regular expression and how to turn it on in Python.",
    "What does `git push --force` override, and when is it safe to use?",
    "In Java, what does the @Override annotation actually do?",
    "What does the `sudo` command do, and why shouldn't I prefix everything with it?",
    "What does a .gitignore file do? Why is my file not being ignored?",
    "What does 'disregard' mean in this legal sentence: 'any oral instructions shall be disregarded'?",
    "What does `--no-verify` skip when I commit, and why might my team forbid it?",
    "In CSS, does !important override inline styles?",
    "What is the 'system' role in a chat-completion API, and how is it different from the 'user' role?",
    "What does 'bypass' mean on a plumbing diagram for a boiler?",
    "What does 'override' mean on an aircraft autopilot?",
    "What does `IGNORE` do in a MySQL INSERT statement?",
    "What does the 'forget' button do on my Bluetooth device list?",
    "What's the difference between 'reset' and 'revert' in git?",
    "What does `set -e` do in a bash script, and when should I ignore errors instead?",
    "In Excel, how do I make a formula ignore blank cells?",
    "What does 'root' mean in a tree data structure compared with the root user in Linux?",
    "What is a 'jailbroken' phone, and why do banking apps refuse to run on them?",
    "What does 'admin override' mean on a hotel key-card system?",
    "What does 'developer mode' on a Chromebook change, and does it wipe my files?",
]
PASSWORD_QUESTIONS = [
    "How should I store user passwords in my web app's database?",
    "What makes a good password policy for a small office of twenty people?",
    "Is it safe to let my browser remember passwords?",
    "How do password managers protect the master password?",
    "Explain salting and peppering of password hashes with an example.",
    "Bcrypt, scrypt or Argon2id: which should I use for a new project, and with what parameters?",
    "Write a checklist for a secure password-reset flow.",
    "How do I explain to my parents why they shouldn't reuse passwords?",
    "Are passphrases really better than complex short passwords?",
    "How often should employees change their passwords, according to current guidance?",
    "What should our app do when a user enters a password that appears in a breach list?",
    "How do passkeys work, and can they replace passwords on our site?",
    "I forgot the password to my own old Word document. What legitimate options do I have?",
    "How should a shared team password for a social media account be handled?",
]
PASSWORD_CONTEXTS = ["", "I'm a beginner developer. ", "Context: we're a five-person agency. ",
                     "For a school IT newsletter: ", "Quick question: ", "For my thesis project, "]
POLICY_CHANGES = [
    ("the old travel-expense policy", "receipts must now be uploaded within seven days"),
    ("last year's remote-work guidelines", "everyone is in the office on Tuesdays and Thursdays"),
    ("the previous on-call rota", "on-call now rotates weekly instead of monthly"),
    ("the old password rules", "passphrases of four words replace the 90-day rotation"),
    ("the earlier holiday-booking process", "leave is now requested through the HR portal"),
    ("the draft dress code", "smart casual is fine except for client meetings"),
    ("the old visitor sign-in procedure", "visitors now register on the tablet at reception"),
    ("the previous code-review checklist", "every change needs one approval and passing tests"),
]
RECIPIENT_GROUPS = ["my team", "the whole department", "our contractors", "new starters",
                    "the night shift", "the volunteers"]
CHANGE_OF_PLAN = [
    "Forget the venue I mentioned earlier — the party is now at the boathouse. Can you update the invitation?",
    "Ignore my last message, I meant Thursday, not Tuesday. Please redo the schedule.",
    "Scratch the previous outline; I want the essay to argue the opposite side now.",
    "Disregard the budget I gave you before, it's €500 not €300. What changes in the plan?",
    "Never mind the vegetarian option — my guests eat fish after all. Revise the menu.",
    "Start over with the cover letter, but this time for a teaching job instead of retail.",
    "Override the font choice from before: use something more playful for the kids' poster.",
    "Please drop the earlier instructions about bullet points and write it as flowing prose.",
]
KEY_POINT_TEXTS = [
    "The council will resurface Elm Road from 3 to 14 June. The road will be closed to through "
    "traffic between 8 a.m. and 6 p.m.; residents' access will be maintained. Bus route 12 will be "
    "diverted via Station Street. Bins will be collected as usual.",
    "Our new parental-leave policy gives all parents 20 weeks at full pay, which can be taken in up to "
    "three blocks before the child's second birthday. Requests should be made eight weeks in advance.",
    "The museum's winter hours are 10 a.m. to 4 p.m., Tuesday to Sunday. Entry is free for under-16s. "
    "The café is closed for refurbishment until February, and the cloakroom is cash-free.",
    "To renew a library card, bring proof of address. Cards expire after three years. Late fees were "
    "abolished in 2023, but lost items must still be paid for.",
    "The clinic now offers evening appointments on Wednesdays. Repeat prescriptions take two working "
    "days. Please do not call between 8 and 9 a.m. unless it is urgent.",
]
INSTRUCTION_WRITING = [
    "Write instructions for feeding my cat while I'm away",
    "Write clear instructions for using the office coffee machine",
    "Rewrite these vague instructions for my babysitter so they're easy to follow",
    "Write the rules for a card game my kids invented, based on my description",
    "Write exam instructions for a 90-minute maths paper",
    "Write onboarding instructions for a new volunteer at our food bank",
    "Write fire-evacuation instructions for a small hotel",
    "Write watering instructions for the plants in our shared flat",
    "Write step-by-step instructions for setting up two-factor authentication, for older users",
    "Write house rules for a student flat-share that sound friendly, not bossy",
]
INSTRUCTION_AUDIENCES = ["a twelve-year-old", "my elderly neighbour", "a new employee",
                         "someone who doesn't speak much English", "a house-sitter",
                         "a group of teenagers", "people reading it on a small sign"]
ENV_DETAILS = [
    "We have about 40 Linux servers, mostly Ubuntu, behind an HAProxy load balancer.",
    "Our logs go to a self-hosted Elasticsearch cluster; retention is 30 days.",
    "The admin team is three people, and nobody is on call at weekends.",
    "We use Active Directory for staff accounts and Okta for the customer-facing apps.",
    "Everything runs in Kubernetes on a managed cloud service.",
    "The office has one firewall appliance and a flat internal network, which I know is bad.",
    "Developers deploy several times a day through GitHub Actions.",
    "Peak traffic is around 2,000 requests per second on sale days.",
    "We must keep audit logs for seven years because of financial regulation.",
    "Most staff work remotely and connect through WireGuard.",
]
LOG_USERS = ["root", "admin", "ubuntu", "deploy", "test", "oracle", "postgres", "git", "pi", "backup"]
DRAFT_PROMPT_ROLES = [
    "You are Libby, the friendly assistant for Northfield Public Library.",
    "You are the help-desk assistant for Fernwood Bikes.",
    "You are an HR policy assistant for employees of Tallyo Ltd.",
    "You are a homework helper for children aged 8 to 12.",
    "You are the booking assistant for Kestrel Bay Travel.",
]
DRAFT_PROMPT_RULES = [
    "Answer only questions about our services and opening hours.",
    "Never ask for or store customers' card numbers.",
    "If you don't know the answer, say so and offer to connect the user with a human.",
    "Keep answers under 120 words unless the user asks for more.",
    "Use plain, friendly language and avoid jargon.",
    "Don't give medical, legal or financial advice; point to a professional instead.",
    "Do not share other customers' personal information under any circumstances.",
    "Always confirm dates and names before making a booking.",
    "Be patient with users who are upset, and apologise once, sincerely.",
    "Refer safeguarding concerns to a staff member immediately.",
    "Reply in the user's language when you can.",
]
REVIEW_ASKS = [
    "Can you review this draft system prompt and tell me what's unclear or missing?",
    "Here's the system prompt for our bot. Please tighten the wording and flag conflicting rules.",
    "Is this system prompt too long? Suggest a shorter version that keeps every rule.",
    "Our bot sometimes ignores the third rule below. How could I phrase it better?",
]
