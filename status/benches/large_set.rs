// A 500-code set, 100..=599, with names of two to four words and one alias in ten: the
// fixture for checking that lookups cost the same on a large set as on the standard one, and on
// a set that extends it as on it.
status::status_codes! {
    /// Every code from 100 to 599.
    #[extensible]
    pub enum LargeSet;
    100 => VAULT_STOCK_MERCHANT, "Vault Stock Merchant", "Status 100 of the large set.";
    101 => REFUND_ISSUER_CURRENCY_PENDING, "Refund Issuer Currency Pending", "Status 101 of the large set.";
    102 => CONFLICT_BALANCE_INVALID_PENDING, "Conflict Balance Invalid Pending", "Status 102 of the large set.";
    103 => REGION_NETWORK, "Region Network", "Status 103 of the large set.";
    104 => CLIENT_PAYMENT, "Client Payment", "Status 104 of the large set.";
    105 => ORDER_QUOTA_DUPLICATE, "Order Quota Duplicate", "Status 105 of the large set.";
    106 => DEVICE_INVALID_QUOTA, "Device Invalid Quota", "Status 106 of the large set.";
    #[alias(FRAUD_QUOTA_PENDING_SHIPPING_107)]
    107 => FRAUD_QUOTA_PENDING_SHIPPING, "Fraud Quota Pending Shipping", "Status 107 of the large set.";
    108 => VAULT_CONFLICT, "Vault Conflict", "Status 108 of the large set.";
    109 => ACCOUNT_EXPIRED_STOCK_UPSTREAM, "Account Expired Stock Upstream", "Status 109 of the large set.";
    110 => GATEWAY_TOKEN_SHIPPING_REGION, "Gateway Token Shipping Region", "Status 110 of the large set.";
    111 => WALLET_SHIPPING, "Wallet Shipping", "Status 111 of the large set.";
    112 => VAULT_MISSING_CHARGE, "Vault Missing Charge", "Status 112 of the large set.";
    113 => POLICY_MISSING_PENDING, "Policy Missing Pending", "Status 113 of the large set.";
    114 => CHARGE_CURRENCY_POLICY, "Charge Currency Policy", "Status 114 of the large set.";
    115 => MERCHANT_STOCK_GATEWAY_WALLET, "Merchant Stock Gateway Wallet", "Status 115 of the large set.";
    116 => RETRY_CARD_QUOTA, "Retry Card Quota", "Status 116 of the large set.";
    #[alias(BALANCE_CARD_GATEWAY_117)]
    117 => BALANCE_CARD_GATEWAY, "Balance Card Gateway", "Status 117 of the large set.";
    118 => REGION_CLIENT_TOKEN_LOCKED, "Region Client Token Locked", "Status 118 of the large set.";
    119 => MISSING_REFUND, "Missing Refund", "Status 119 of the large set.";
    120 => TOKEN_STOCK_GATEWAY, "Token Stock Gateway", "Status 120 of the large set.";
    121 => UPSTREAM_ACCOUNT_EXPIRED_CONFLICT, "Upstream Account Expired Conflict", "Status 121 of the large set.";
    122 => USER_TOKEN_DEVICE_PENDING, "User Token Device Pending", "Status 122 of the large set.";
    123 => RETRY_EXPIRED_NETWORK, "Retry Expired Network", "Status 123 of the large set.";
    124 => ACCOUNT_REGION_TOKEN, "Account Region Token", "Status 124 of the large set.";
    125 => CHARGE_CARD, "Charge Card", "Status 125 of the large set.";
    126 => WALLET_ACCOUNT_PENDING_QUOTA, "Wallet Account Pending Quota", "Status 126 of the large set.";
    #[alias(NETWORK_REFUND_ACCOUNT_127)]
    127 => NETWORK_REFUND_ACCOUNT, "Network Refund Account", "Status 127 of the large set.";
    128 => UPSTREAM_SESSION, "Upstream Session", "Status 128 of the large set.";
    129 => UPSTREAM_GATEWAY_LIMIT_POLICY, "Upstream Gateway Limit Policy", "Status 129 of the large set.";
    130 => MISSING_CONFLICT, "Missing Conflict", "Status 130 of the large set.";
    131 => CHARGE_QUOTA, "Charge Quota", "Status 131 of the large set.";
    132 => CHARGE_PENDING_ISSUER, "Charge Pending Issuer", "Status 132 of the large set.";
    133 => VAULT_GATEWAY, "Vault Gateway", "Status 133 of the large set.";
    134 => CARD_MISSING_POLICY, "Card Missing Policy", "Status 134 of the large set.";
    135 => ACCOUNT_LOCKED_MERCHANT, "Account Locked Merchant", "Status 135 of the large set.";
    136 => CURRENCY_USER, "Currency User", "Status 136 of the large set.";
    #[alias(UPSTREAM_VAULT_RETRY_137)]
    137 => UPSTREAM_VAULT_RETRY, "Upstream Vault Retry", "Status 137 of the large set.";
    138 => CHARGE_QUOTA_EXPIRED, "Charge Quota Expired", "Status 138 of the large set.";
    139 => STOCK_CONFLICT_REFUND, "Stock Conflict Refund", "Status 139 of the large set.";
    140 => INVALID_WALLET_CARD, "Invalid Wallet Card", "Status 140 of the large set.";
    141 => RETRY_QUOTA_UPSTREAM_PENDING, "Retry Quota Upstream Pending", "Status 141 of the large set.";
    142 => QUOTA_POLICY_FRAUD, "Quota Policy Fraud", "Status 142 of the large set.";
    143 => CLIENT_REGION_DUPLICATE, "Client Region Duplicate", "Status 143 of the large set.";
    144 => ACCOUNT_TOKEN_DEVICE_UPSTREAM, "Account Token Device Upstream", "Status 144 of the large set.";
    145 => EXPIRED_RETRY_LIMIT_CONFLICT, "Expired Retry Limit Conflict", "Status 145 of the large set.";
    146 => CARD_INVALID, "Card Invalid", "Status 146 of the large set.";
    #[alias(BALANCE_LIMIT_ORDER_UPSTREAM_147)]
    147 => BALANCE_LIMIT_ORDER_UPSTREAM, "Balance Limit Order Upstream", "Status 147 of the large set.";
    148 => RETRY_LOCKED_CLIENT_MISSING, "Retry Locked Client Missing", "Status 148 of the large set.";
    149 => CHARGE_POLICY_INVALID_RETRY, "Charge Policy Invalid Retry", "Status 149 of the large set.";
    150 => CARD_DUPLICATE, "Card Duplicate", "Status 150 of the large set.";
    151 => PENDING_LOCKED, "Pending Locked", "Status 151 of the large set.";
    152 => BALANCE_CONFLICT, "Balance Conflict", "Status 152 of the large set.";
    153 => UPSTREAM_USER_VAULT, "Upstream User Vault", "Status 153 of the large set.";
    154 => PAYMENT_CARD_PENDING, "Payment Card Pending", "Status 154 of the large set.";
    155 => PAYMENT_PENDING_GATEWAY_USER, "Payment Pending Gateway User", "Status 155 of the large set.";
    156 => WALLET_PENDING_BALANCE_POLICY, "Wallet Pending Balance Policy", "Status 156 of the large set.";
    #[alias(NETWORK_TOKEN_LOCKED_BALANCE_157)]
    157 => NETWORK_TOKEN_LOCKED_BALANCE, "Network Token Locked Balance", "Status 157 of the large set.";
    158 => QUOTA_LIMIT, "Quota Limit", "Status 158 of the large set.";
    159 => SHIPPING_QUOTA_TOKEN, "Shipping Quota Token", "Status 159 of the large set.";
    160 => CONFLICT_DEVICE_VAULT_EXPIRED, "Conflict Device Vault Expired", "Status 160 of the large set.";
    161 => MISSING_DEVICE_CARD_CURRENCY, "Missing Device Card Currency", "Status 161 of the large set.";
    162 => VAULT_DUPLICATE, "Vault Duplicate", "Status 162 of the large set.";
    163 => PAYMENT_PENDING, "Payment Pending", "Status 163 of the large set.";
    164 => MERCHANT_VAULT, "Merchant Vault", "Status 164 of the large set.";
    165 => STOCK_QUOTA, "Stock Quota", "Status 165 of the large set.";
    166 => LIMIT_TOKEN_VAULT_MERCHANT, "Limit Token Vault Merchant", "Status 166 of the large set.";
    #[alias(PENDING_CARD_REFUND_167)]
    167 => PENDING_CARD_REFUND, "Pending Card Refund", "Status 167 of the large set.";
    168 => ORDER_REGION, "Order Region", "Status 168 of the large set.";
    169 => ORDER_LOCKED_RETRY_MISSING, "Order Locked Retry Missing", "Status 169 of the large set.";
    170 => REGION_NETWORK_TOKEN, "Region Network Token", "Status 170 of the large set.";
    171 => EXPIRED_TOKEN, "Expired Token", "Status 171 of the large set.";
    172 => STOCK_VAULT_SHIPPING, "Stock Vault Shipping", "Status 172 of the large set.";
    173 => FRAUD_MISSING_SHIPPING_RETRY, "Fraud Missing Shipping Retry", "Status 173 of the large set.";
    174 => CONFLICT_DUPLICATE_POLICY, "Conflict Duplicate Policy", "Status 174 of the large set.";
    175 => USER_LIMIT, "User Limit", "Status 175 of the large set.";
    176 => MERCHANT_CURRENCY_POLICY_CLIENT, "Merchant Currency Policy Client", "Status 176 of the large set.";
    #[alias(LIMIT_SESSION_FRAUD_MERCHANT_177)]
    177 => LIMIT_SESSION_FRAUD_MERCHANT, "Limit Session Fraud Merchant", "Status 177 of the large set.";
    178 => REGION_RETRY, "Region Retry", "Status 178 of the large set.";
    179 => POLICY_QUOTA_CARD, "Policy Quota Card", "Status 179 of the large set.";
    180 => CONFLICT_LOCKED, "Conflict Locked", "Status 180 of the large set.";
    181 => PAYMENT_CONFLICT_MISSING_FRAUD, "Payment Conflict Missing Fraud", "Status 181 of the large set.";
    182 => BALANCE_CURRENCY_WALLET_SESSION, "Balance Currency Wallet Session", "Status 182 of the large set.";
    183 => QUOTA_REFUND, "Quota Refund", "Status 183 of the large set.";
    184 => ORDER_SHIPPING, "Order Shipping", "Status 184 of the large set.";
    185 => USER_GATEWAY_ISSUER_REFUND, "User Gateway Issuer Refund", "Status 185 of the large set.";
    186 => CARD_TOKEN, "Card Token", "Status 186 of the large set.";
    #[alias(WALLET_VAULT_187)]
    187 => WALLET_VAULT, "Wallet Vault", "Status 187 of the large set.";
    188 => CONFLICT_ISSUER, "Conflict Issuer", "Status 188 of the large set.";
    189 => VAULT_REGION_PENDING_DUPLICATE, "Vault Region Pending Duplicate", "Status 189 of the large set.";
    190 => MERCHANT_CHARGE, "Merchant Charge", "Status 190 of the large set.";
    191 => DEVICE_TOKEN, "Device Token", "Status 191 of the large set.";
    192 => CARD_RETRY, "Card Retry", "Status 192 of the large set.";
    193 => DUPLICATE_GATEWAY_WALLET, "Duplicate Gateway Wallet", "Status 193 of the large set.";
    194 => GATEWAY_WALLET_MERCHANT, "Gateway Wallet Merchant", "Status 194 of the large set.";
    195 => QUOTA_CONFLICT_BALANCE_FRAUD, "Quota Conflict Balance Fraud", "Status 195 of the large set.";
    196 => NETWORK_MISSING_USER_ISSUER, "Network Missing User Issuer", "Status 196 of the large set.";
    #[alias(LOCKED_STOCK_LIMIT_197)]
    197 => LOCKED_STOCK_LIMIT, "Locked Stock Limit", "Status 197 of the large set.";
    198 => REFUND_PENDING_DUPLICATE_CLIENT, "Refund Pending Duplicate Client", "Status 198 of the large set.";
    199 => PAYMENT_CONFLICT_GATEWAY_POLICY, "Payment Conflict Gateway Policy", "Status 199 of the large set.";
    200 => VAULT_REGION_CLIENT_CARD, "Vault Region Client Card", "Status 200 of the large set.";
    201 => INVALID_REGION_PENDING, "Invalid Region Pending", "Status 201 of the large set.";
    202 => REGION_REFUND_INVALID, "Region Refund Invalid", "Status 202 of the large set.";
    203 => STOCK_UPSTREAM_DEVICE_LOCKED, "Stock Upstream Device Locked", "Status 203 of the large set.";
    204 => DUPLICATE_RETRY_DEVICE, "Duplicate Retry Device", "Status 204 of the large set.";
    205 => QUOTA_POLICY_BALANCE_NETWORK, "Quota Policy Balance Network", "Status 205 of the large set.";
    206 => LIMIT_TOKEN_REGION, "Limit Token Region", "Status 206 of the large set.";
    #[alias(INVALID_ORDER_BALANCE_207)]
    207 => INVALID_ORDER_BALANCE, "Invalid Order Balance", "Status 207 of the large set.";
    208 => POLICY_UPSTREAM_REGION_FRAUD, "Policy Upstream Region Fraud", "Status 208 of the large set.";
    209 => BALANCE_USER_REFUND_STOCK, "Balance User Refund Stock", "Status 209 of the large set.";
    210 => PAYMENT_RETRY, "Payment Retry", "Status 210 of the large set.";
    211 => REGION_QUOTA, "Region Quota", "Status 211 of the large set.";
    212 => ORDER_VAULT_ACCOUNT, "Order Vault Account", "Status 212 of the large set.";
    213 => INVALID_PAYMENT, "Invalid Payment", "Status 213 of the large set.";
    214 => SESSION_CURRENCY_DUPLICATE_POLICY, "Session Currency Duplicate Policy", "Status 214 of the large set.";
    215 => PAYMENT_ACCOUNT, "Payment Account", "Status 215 of the large set.";
    216 => CARD_INVALID_UPSTREAM_EXPIRED, "Card Invalid Upstream Expired", "Status 216 of the large set.";
    #[alias(INVALID_CONFLICT_CHARGE_217)]
    217 => INVALID_CONFLICT_CHARGE, "Invalid Conflict Charge", "Status 217 of the large set.";
    218 => DUPLICATE_RETRY_ORDER_GATEWAY, "Duplicate Retry Order Gateway", "Status 218 of the large set.";
    219 => ISSUER_CONFLICT, "Issuer Conflict", "Status 219 of the large set.";
    220 => LOCKED_PAYMENT_INVALID_EXPIRED, "Locked Payment Invalid Expired", "Status 220 of the large set.";
    221 => EXPIRED_CLIENT, "Expired Client", "Status 221 of the large set.";
    222 => LIMIT_REGION_WALLET, "Limit Region Wallet", "Status 222 of the large set.";
    223 => REFUND_QUOTA_NETWORK_MERCHANT, "Refund Quota Network Merchant", "Status 223 of the large set.";
    224 => STOCK_ORDER, "Stock Order", "Status 224 of the large set.";
    225 => CONFLICT_MISSING, "Conflict Missing", "Status 225 of the large set.";
    226 => VAULT_ISSUER, "Vault Issuer", "Status 226 of the large set.";
    #[alias(QUOTA_BALANCE_ISSUER_RETRY_227)]
    227 => QUOTA_BALANCE_ISSUER_RETRY, "Quota Balance Issuer Retry", "Status 227 of the large set.";
    228 => ISSUER_UPSTREAM, "Issuer Upstream", "Status 228 of the large set.";
    229 => PAYMENT_LOCKED_MISSING_VAULT, "Payment Locked Missing Vault", "Status 229 of the large set.";
    230 => MISSING_CHARGE_PENDING_WALLET, "Missing Charge Pending Wallet", "Status 230 of the large set.";
    231 => REGION_CLIENT_DEVICE, "Region Client Device", "Status 231 of the large set.";
    232 => REGION_ACCOUNT, "Region Account", "Status 232 of the large set.";
    233 => INVALID_UPSTREAM, "Invalid Upstream", "Status 233 of the large set.";
    234 => MISSING_TOKEN, "Missing Token", "Status 234 of the large set.";
    235 => INVALID_NETWORK, "Invalid Network", "Status 235 of the large set.";
    236 => CHARGE_SHIPPING, "Charge Shipping", "Status 236 of the large set.";
    #[alias(USER_REGION_RETRY_PAYMENT_237)]
    237 => USER_REGION_RETRY_PAYMENT, "User Region Retry Payment", "Status 237 of the large set.";
    238 => FRAUD_CHARGE_ORDER, "Fraud Charge Order", "Status 238 of the large set.";
    239 => USER_CONFLICT_STOCK, "User Conflict Stock", "Status 239 of the large set.";
    240 => VAULT_TOKEN_QUOTA, "Vault Token Quota", "Status 240 of the large set.";
    241 => STOCK_UPSTREAM, "Stock Upstream", "Status 241 of the large set.";
    242 => DEVICE_PAYMENT_PENDING, "Device Payment Pending", "Status 242 of the large set.";
    243 => ISSUER_CONFLICT_REGION, "Issuer Conflict Region", "Status 243 of the large set.";
    244 => CONFLICT_FRAUD_QUOTA, "Conflict Fraud Quota", "Status 244 of the large set.";
    245 => BALANCE_USER_REFUND_NETWORK, "Balance User Refund Network", "Status 245 of the large set.";
    246 => CURRENCY_SHIPPING_DUPLICATE, "Currency Shipping Duplicate", "Status 246 of the large set.";
    #[alias(DEVICE_WALLET_EXPIRED_247)]
    247 => DEVICE_WALLET_EXPIRED, "Device Wallet Expired", "Status 247 of the large set.";
    248 => LOCKED_ORDER_CURRENCY_SESSION, "Locked Order Currency Session", "Status 248 of the large set.";
    249 => CARD_UPSTREAM_QUOTA, "Card Upstream Quota", "Status 249 of the large set.";
    250 => POLICY_MISSING_LOCKED, "Policy Missing Locked", "Status 250 of the large set.";
    251 => WALLET_REFUND_REGION_LIMIT, "Wallet Refund Region Limit", "Status 251 of the large set.";
    252 => POLICY_UPSTREAM_USER, "Policy Upstream User", "Status 252 of the large set.";
    253 => SESSION_DUPLICATE_LIMIT, "Session Duplicate Limit", "Status 253 of the large set.";
    254 => PAYMENT_INVALID, "Payment Invalid", "Status 254 of the large set.";
    255 => POLICY_DUPLICATE_USER, "Policy Duplicate User", "Status 255 of the large set.";
    256 => DEVICE_LIMIT_PAYMENT_REGION, "Device Limit Payment Region", "Status 256 of the large set.";
    #[alias(CLIENT_SHIPPING_WALLET_QUOTA_257)]
    257 => CLIENT_SHIPPING_WALLET_QUOTA, "Client Shipping Wallet Quota", "Status 257 of the large set.";
    258 => MERCHANT_LIMIT, "Merchant Limit", "Status 258 of the large set.";
    259 => LOCKED_EXPIRED_SHIPPING_INVALID, "Locked Expired Shipping Invalid", "Status 259 of the large set.";
    260 => PAYMENT_POLICY_CHARGE, "Payment Policy Charge", "Status 260 of the large set.";
    261 => SESSION_CARD_REFUND, "Session Card Refund", "Status 261 of the large set.";
    262 => POLICY_PENDING_PAYMENT, "Policy Pending Payment", "Status 262 of the large set.";
    263 => UPSTREAM_DUPLICATE_GATEWAY, "Upstream Duplicate Gateway", "Status 263 of the large set.";
    264 => PENDING_SESSION_REGION, "Pending Session Region", "Status 264 of the large set.";
    265 => REGION_BALANCE_LIMIT, "Region Balance Limit", "Status 265 of the large set.";
    266 => RETRY_LOCKED, "Retry Locked", "Status 266 of the large set.";
    #[alias(GATEWAY_CONFLICT_WALLET_267)]
    267 => GATEWAY_CONFLICT_WALLET, "Gateway Conflict Wallet", "Status 267 of the large set.";
    268 => VAULT_STOCK, "Vault Stock", "Status 268 of the large set.";
    269 => REFUND_NETWORK, "Refund Network", "Status 269 of the large set.";
    270 => UPSTREAM_SHIPPING_POLICY_REGION, "Upstream Shipping Policy Region", "Status 270 of the large set.";
    271 => TOKEN_FRAUD, "Token Fraud", "Status 271 of the large set.";
    272 => DEVICE_BALANCE_STOCK_TOKEN, "Device Balance Stock Token", "Status 272 of the large set.";
    273 => ORDER_WALLET, "Order Wallet", "Status 273 of the large set.";
    274 => USER_CURRENCY, "User Currency", "Status 274 of the large set.";
    275 => GATEWAY_INVALID_MISSING_LIMIT, "Gateway Invalid Missing Limit", "Status 275 of the large set.";
    276 => UPSTREAM_BALANCE_REGION_CONFLICT, "Upstream Balance Region Conflict", "Status 276 of the large set.";
    #[alias(DEVICE_MERCHANT_TOKEN_277)]
    277 => DEVICE_MERCHANT_TOKEN, "Device Merchant Token", "Status 277 of the large set.";
    278 => POLICY_MISSING_SHIPPING_GATEWAY, "Policy Missing Shipping Gateway", "Status 278 of the large set.";
    279 => NETWORK_ORDER_DEVICE_LIMIT, "Network Order Device Limit", "Status 279 of the large set.";
    280 => LIMIT_WALLET, "Limit Wallet", "Status 280 of the large set.";
    281 => CARD_REFUND_CONFLICT_GATEWAY, "Card Refund Conflict Gateway", "Status 281 of the large set.";
    282 => TOKEN_PAYMENT_CONFLICT, "Token Payment Conflict", "Status 282 of the large set.";
    283 => PENDING_SESSION_ACCOUNT, "Pending Session Account", "Status 283 of the large set.";
    284 => REGION_SHIPPING_QUOTA_ORDER, "Region Shipping Quota Order", "Status 284 of the large set.";
    285 => CHARGE_NETWORK, "Charge Network", "Status 285 of the large set.";
    286 => PENDING_CURRENCY, "Pending Currency", "Status 286 of the large set.";
    #[alias(RETRY_ORDER_CURRENCY_TOKEN_287)]
    287 => RETRY_ORDER_CURRENCY_TOKEN, "Retry Order Currency Token", "Status 287 of the large set.";
    288 => LOCKED_CHARGE, "Locked Charge", "Status 288 of the large set.";
    289 => DUPLICATE_MISSING_ISSUER_CONFLICT, "Duplicate Missing Issuer Conflict", "Status 289 of the large set.";
    290 => CARD_CURRENCY_TOKEN_LOCKED, "Card Currency Token Locked", "Status 290 of the large set.";
    291 => ISSUER_REGION, "Issuer Region", "Status 291 of the large set.";
    292 => CHARGE_LIMIT_MISSING, "Charge Limit Missing", "Status 292 of the large set.";
    293 => EXPIRED_FRAUD, "Expired Fraud", "Status 293 of the large set.";
    294 => SESSION_TOKEN_WALLET_BALANCE, "Session Token Wallet Balance", "Status 294 of the large set.";
    295 => TOKEN_REFUND_CONFLICT, "Token Refund Conflict", "Status 295 of the large set.";
    296 => POLICY_SHIPPING_EXPIRED_CURRENCY, "Policy Shipping Expired Currency", "Status 296 of the large set.";
    #[alias(SHIPPING_STOCK_297)]
    297 => SHIPPING_STOCK, "Shipping Stock", "Status 297 of the large set.";
    298 => DEVICE_EXPIRED, "Device Expired", "Status 298 of the large set.";
    299 => ORDER_NETWORK, "Order Network", "Status 299 of the large set.";
    300 => LOCKED_MERCHANT_PENDING, "Locked Merchant Pending", "Status 300 of the large set.";
    301 => LOCKED_MISSING, "Locked Missing", "Status 301 of the large set.";
    302 => CARD_POLICY_WALLET_STOCK, "Card Policy Wallet Stock", "Status 302 of the large set.";
    303 => VAULT_CARD_LIMIT_FRAUD, "Vault Card Limit Fraud", "Status 303 of the large set.";
    304 => LOCKED_VAULT_INVALID, "Locked Vault Invalid", "Status 304 of the large set.";
    305 => PENDING_PAYMENT_CARD, "Pending Payment Card", "Status 305 of the large set.";
    306 => RETRY_UPSTREAM_SESSION_SHIPPING, "Retry Upstream Session Shipping", "Status 306 of the large set.";
    #[alias(RETRY_SHIPPING_QUOTA_307)]
    307 => RETRY_SHIPPING_QUOTA, "Retry Shipping Quota", "Status 307 of the large set.";
    308 => USER_VAULT_MERCHANT, "User Vault Merchant", "Status 308 of the large set.";
    309 => USER_ORDER_INVALID, "User Order Invalid", "Status 309 of the large set.";
    310 => REFUND_USER, "Refund User", "Status 310 of the large set.";
    311 => MERCHANT_LOCKED, "Merchant Locked", "Status 311 of the large set.";
    312 => CONFLICT_NETWORK_CLIENT, "Conflict Network Client", "Status 312 of the large set.";
    313 => NETWORK_EXPIRED, "Network Expired", "Status 313 of the large set.";
    314 => PENDING_POLICY_UPSTREAM, "Pending Policy Upstream", "Status 314 of the large set.";
    315 => LIMIT_LOCKED_USER, "Limit Locked User", "Status 315 of the large set.";
    316 => GATEWAY_USER_MERCHANT, "Gateway User Merchant", "Status 316 of the large set.";
    #[alias(REGION_DEVICE_STOCK_LIMIT_317)]
    317 => REGION_DEVICE_STOCK_LIMIT, "Region Device Stock Limit", "Status 317 of the large set.";
    318 => MISSING_QUOTA_CLIENT_PAYMENT, "Missing Quota Client Payment", "Status 318 of the large set.";
    319 => DEVICE_GATEWAY_WALLET, "Device Gateway Wallet", "Status 319 of the large set.";
    320 => RETRY_USER_VAULT_DUPLICATE, "Retry User Vault Duplicate", "Status 320 of the large set.";
    321 => WALLET_INVALID_STOCK_REGION, "Wallet Invalid Stock Region", "Status 321 of the large set.";
    322 => POLICY_UPSTREAM, "Policy Upstream", "Status 322 of the large set.";
    323 => REGION_DUPLICATE_MERCHANT, "Region Duplicate Merchant", "Status 323 of the large set.";
    324 => STOCK_REFUND_MISSING_USER, "Stock Refund Missing User", "Status 324 of the large set.";
    325 => POLICY_LIMIT, "Policy Limit", "Status 325 of the large set.";
    326 => VAULT_PAYMENT_REGION, "Vault Payment Region", "Status 326 of the large set.";
    #[alias(DEVICE_ACCOUNT_BALANCE_327)]
    327 => DEVICE_ACCOUNT_BALANCE, "Device Account Balance", "Status 327 of the large set.";
    328 => VAULT_PAYMENT_LIMIT_CHARGE, "Vault Payment Limit Charge", "Status 328 of the large set.";
    329 => CONFLICT_MISSING_ORDER_NETWORK, "Conflict Missing Order Network", "Status 329 of the large set.";
    330 => CONFLICT_DEVICE_STOCK, "Conflict Device Stock", "Status 330 of the large set.";
    331 => ISSUER_ORDER_FRAUD_WALLET, "Issuer Order Fraud Wallet", "Status 331 of the large set.";
    332 => WALLET_QUOTA_STOCK_NETWORK, "Wallet Quota Stock Network", "Status 332 of the large set.";
    333 => CONFLICT_POLICY_CURRENCY_REFUND, "Conflict Policy Currency Refund", "Status 333 of the large set.";
    334 => REFUND_ORDER_ACCOUNT, "Refund Order Account", "Status 334 of the large set.";
    335 => GATEWAY_CARD, "Gateway Card", "Status 335 of the large set.";
    336 => NETWORK_GATEWAY_MISSING_EXPIRED, "Network Gateway Missing Expired", "Status 336 of the large set.";
    #[alias(EXPIRED_REGION_SHIPPING_FRAUD_337)]
    337 => EXPIRED_REGION_SHIPPING_FRAUD, "Expired Region Shipping Fraud", "Status 337 of the large set.";
    338 => SESSION_SHIPPING_FRAUD_DUPLICATE, "Session Shipping Fraud Duplicate", "Status 338 of the large set.";
    339 => MISSING_CONFLICT_POLICY_GATEWAY, "Missing Conflict Policy Gateway", "Status 339 of the large set.";
    340 => ACCOUNT_ORDER_SHIPPING, "Account Order Shipping", "Status 340 of the large set.";
    341 => LIMIT_SESSION, "Limit Session", "Status 341 of the large set.";
    342 => LOCKED_POLICY_REFUND_QUOTA, "Locked Policy Refund Quota", "Status 342 of the large set.";
    343 => BALANCE_DEVICE_POLICY_STOCK, "Balance Device Policy Stock", "Status 343 of the large set.";
    344 => UPSTREAM_GATEWAY, "Upstream Gateway", "Status 344 of the large set.";
    345 => ISSUER_SHIPPING, "Issuer Shipping", "Status 345 of the large set.";
    346 => REGION_ACCOUNT_MERCHANT, "Region Account Merchant", "Status 346 of the large set.";
    #[alias(ISSUER_PENDING_347)]
    347 => ISSUER_PENDING, "Issuer Pending", "Status 347 of the large set.";
    348 => REGION_STOCK_ISSUER_SESSION, "Region Stock Issuer Session", "Status 348 of the large set.";
    349 => FRAUD_SHIPPING, "Fraud Shipping", "Status 349 of the large set.";
    350 => POLICY_TOKEN_DUPLICATE, "Policy Token Duplicate", "Status 350 of the large set.";
    351 => LIMIT_REFUND_QUOTA_CURRENCY, "Limit Refund Quota Currency", "Status 351 of the large set.";
    352 => PENDING_QUOTA_BALANCE, "Pending Quota Balance", "Status 352 of the large set.";
    353 => SHIPPING_CHARGE_RETRY, "Shipping Charge Retry", "Status 353 of the large set.";
    354 => DEVICE_REGION_NETWORK_CURRENCY, "Device Region Network Currency", "Status 354 of the large set.";
    355 => PENDING_REFUND, "Pending Refund", "Status 355 of the large set.";
    356 => INVALID_REFUND_POLICY_SESSION, "Invalid Refund Policy Session", "Status 356 of the large set.";
    #[alias(LOCKED_CURRENCY_357)]
    357 => LOCKED_CURRENCY, "Locked Currency", "Status 357 of the large set.";
    358 => INVALID_USER, "Invalid User", "Status 358 of the large set.";
    359 => CURRENCY_CLIENT_CONFLICT, "Currency Client Conflict", "Status 359 of the large set.";
    360 => WALLET_CARD_SESSION_ISSUER, "Wallet Card Session Issuer", "Status 360 of the large set.";
    361 => WALLET_EXPIRED, "Wallet Expired", "Status 361 of the large set.";
    362 => FRAUD_MISSING_LIMIT, "Fraud Missing Limit", "Status 362 of the large set.";
    363 => ORDER_PENDING_VAULT_CARD, "Order Pending Vault Card", "Status 363 of the large set.";
    364 => ORDER_RETRY, "Order Retry", "Status 364 of the large set.";
    365 => USER_BALANCE_TOKEN_CLIENT, "User Balance Token Client", "Status 365 of the large set.";
    366 => GATEWAY_CURRENCY_WALLET_NETWORK, "Gateway Currency Wallet Network", "Status 366 of the large set.";
    #[alias(CURRENCY_CLIENT_367)]
    367 => CURRENCY_CLIENT, "Currency Client", "Status 367 of the large set.";
    368 => RETRY_EXPIRED_CLIENT_SESSION, "Retry Expired Client Session", "Status 368 of the large set.";
    369 => UPSTREAM_EXPIRED_CLIENT, "Upstream Expired Client", "Status 369 of the large set.";
    370 => BALANCE_MISSING_PENDING, "Balance Missing Pending", "Status 370 of the large set.";
    371 => ORDER_MERCHANT_RETRY, "Order Merchant Retry", "Status 371 of the large set.";
    372 => SESSION_VAULT_RETRY_CONFLICT, "Session Vault Retry Conflict", "Status 372 of the large set.";
    373 => REFUND_TOKEN, "Refund Token", "Status 373 of the large set.";
    374 => POLICY_RETRY_EXPIRED_CARD, "Policy Retry Expired Card", "Status 374 of the large set.";
    375 => USER_PENDING, "User Pending", "Status 375 of the large set.";
    376 => ORDER_REGION_GATEWAY_MISSING, "Order Region Gateway Missing", "Status 376 of the large set.";
    #[alias(ORDER_QUOTA_EXPIRED_377)]
    377 => ORDER_QUOTA_EXPIRED, "Order Quota Expired", "Status 377 of the large set.";
    378 => ORDER_FRAUD_NETWORK_REGION, "Order Fraud Network Region", "Status 378 of the large set.";
    379 => QUOTA_BALANCE_POLICY, "Quota Balance Policy", "Status 379 of the large set.";
    380 => PENDING_POLICY, "Pending Policy", "Status 380 of the large set.";
    381 => TOKEN_MISSING_GATEWAY, "Token Missing Gateway", "Status 381 of the large set.";
    382 => VAULT_CARD_DEVICE, "Vault Card Device", "Status 382 of the large set.";
    383 => USER_ACCOUNT_INVALID, "User Account Invalid", "Status 383 of the large set.";
    384 => MISSING_PAYMENT_BALANCE_TOKEN, "Missing Payment Balance Token", "Status 384 of the large set.";
    385 => INVALID_ORDER_SESSION_SHIPPING, "Invalid Order Session Shipping", "Status 385 of the large set.";
    386 => CURRENCY_SESSION_FRAUD_ISSUER, "Currency Session Fraud Issuer", "Status 386 of the large set.";
    #[alias(DEVICE_CONFLICT_TOKEN_QUOTA_387)]
    387 => DEVICE_CONFLICT_TOKEN_QUOTA, "Device Conflict Token Quota", "Status 387 of the large set.";
    388 => EXPIRED_GATEWAY_USER_VAULT, "Expired Gateway User Vault", "Status 388 of the large set.";
    389 => ORDER_ISSUER_POLICY_MISSING, "Order Issuer Policy Missing", "Status 389 of the large set.";
    390 => MISSING_WALLET_ISSUER_STOCK, "Missing Wallet Issuer Stock", "Status 390 of the large set.";
    391 => WALLET_LIMIT_REGION_VAULT, "Wallet Limit Region Vault", "Status 391 of the large set.";
    392 => MISSING_PENDING_USER_NETWORK, "Missing Pending User Network", "Status 392 of the large set.";
    393 => UPSTREAM_ORDER_VAULT_BALANCE, "Upstream Order Vault Balance", "Status 393 of the large set.";
    394 => PENDING_REFUND_VAULT, "Pending Refund Vault", "Status 394 of the large set.";
    395 => SESSION_GATEWAY_BALANCE_ACCOUNT, "Session Gateway Balance Account", "Status 395 of the large set.";
    396 => ACCOUNT_EXPIRED, "Account Expired", "Status 396 of the large set.";
    #[alias(LIMIT_MERCHANT_ACCOUNT_397)]
    397 => LIMIT_MERCHANT_ACCOUNT, "Limit Merchant Account", "Status 397 of the large set.";
    398 => WALLET_DEVICE_BALANCE_CONFLICT, "Wallet Device Balance Conflict", "Status 398 of the large set.";
    399 => UPSTREAM_ISSUER_CLIENT, "Upstream Issuer Client", "Status 399 of the large set.";
    400 => DEVICE_LIMIT_VAULT, "Device Limit Vault", "Status 400 of the large set.";
    401 => LOCKED_LIMIT, "Locked Limit", "Status 401 of the large set.";
    402 => REFUND_CHARGE, "Refund Charge", "Status 402 of the large set.";
    403 => ORDER_CHARGE_INVALID_WALLET, "Order Charge Invalid Wallet", "Status 403 of the large set.";
    404 => CLIENT_LIMIT_REFUND, "Client Limit Refund", "Status 404 of the large set.";
    405 => LIMIT_BALANCE, "Limit Balance", "Status 405 of the large set.";
    406 => CURRENCY_LIMIT_UPSTREAM_DEVICE, "Currency Limit Upstream Device", "Status 406 of the large set.";
    #[alias(NETWORK_PENDING_ACCOUNT_STOCK_407)]
    407 => NETWORK_PENDING_ACCOUNT_STOCK, "Network Pending Account Stock", "Status 407 of the large set.";
    408 => FRAUD_BALANCE_ORDER, "Fraud Balance Order", "Status 408 of the large set.";
    409 => RETRY_MISSING, "Retry Missing", "Status 409 of the large set.";
    410 => BALANCE_SESSION, "Balance Session", "Status 410 of the large set.";
    411 => RETRY_CHARGE_LIMIT_SESSION, "Retry Charge Limit Session", "Status 411 of the large set.";
    412 => DUPLICATE_CONFLICT_CARD, "Duplicate Conflict Card", "Status 412 of the large set.";
    413 => REGION_STOCK_RETRY_CHARGE, "Region Stock Retry Charge", "Status 413 of the large set.";
    414 => POLICY_REGION_ORDER_CONFLICT, "Policy Region Order Conflict", "Status 414 of the large set.";
    415 => PAYMENT_WALLET_BALANCE, "Payment Wallet Balance", "Status 415 of the large set.";
    416 => ISSUER_DEVICE, "Issuer Device", "Status 416 of the large set.";
    #[alias(CURRENCY_WALLET_ORDER_417)]
    417 => CURRENCY_WALLET_ORDER, "Currency Wallet Order", "Status 417 of the large set.";
    418 => CURRENCY_CHARGE, "Currency Charge", "Status 418 of the large set.";
    419 => MERCHANT_CARD_LIMIT_CHARGE, "Merchant Card Limit Charge", "Status 419 of the large set.";
    420 => UPSTREAM_MISSING, "Upstream Missing", "Status 420 of the large set.";
    421 => WALLET_UPSTREAM_FRAUD_INVALID, "Wallet Upstream Fraud Invalid", "Status 421 of the large set.";
    422 => REFUND_GATEWAY, "Refund Gateway", "Status 422 of the large set.";
    423 => GATEWAY_VAULT, "Gateway Vault", "Status 423 of the large set.";
    424 => INVALID_BALANCE, "Invalid Balance", "Status 424 of the large set.";
    425 => POLICY_EXPIRED, "Policy Expired", "Status 425 of the large set.";
    426 => PAYMENT_SESSION_MISSING, "Payment Session Missing", "Status 426 of the large set.";
    #[alias(MISSING_REGION_NETWORK_USER_427)]
    427 => MISSING_REGION_NETWORK_USER, "Missing Region Network User", "Status 427 of the large set.";
    428 => SHIPPING_INVALID_MISSING, "Shipping Invalid Missing", "Status 428 of the large set.";
    429 => CARD_UPSTREAM_CONFLICT, "Card Upstream Conflict", "Status 429 of the large set.";
    430 => PENDING_FRAUD_MERCHANT, "Pending Fraud Merchant", "Status 430 of the large set.";
    431 => DUPLICATE_CHARGE_DEVICE_EXPIRED, "Duplicate Charge Device Expired", "Status 431 of the large set.";
    432 => POLICY_CURRENCY_SHIPPING_CONFLICT, "Policy Currency Shipping Conflict", "Status 432 of the large set.";
    433 => GATEWAY_NETWORK_REFUND, "Gateway Network Refund", "Status 433 of the large set.";
    434 => SHIPPING_REFUND, "Shipping Refund", "Status 434 of the large set.";
    435 => PAYMENT_REGION, "Payment Region", "Status 435 of the large set.";
    436 => UPSTREAM_ORDER, "Upstream Order", "Status 436 of the large set.";
    #[alias(DUPLICATE_ORDER_WALLET_CHARGE_437)]
    437 => DUPLICATE_ORDER_WALLET_CHARGE, "Duplicate Order Wallet Charge", "Status 437 of the large set.";
    438 => VAULT_UPSTREAM_CONFLICT_MISSING, "Vault Upstream Conflict Missing", "Status 438 of the large set.";
    439 => LIMIT_MERCHANT_CLIENT_UPSTREAM, "Limit Merchant Client Upstream", "Status 439 of the large set.";
    440 => CURRENCY_INVALID_REFUND, "Currency Invalid Refund", "Status 440 of the large set.";
    441 => UPSTREAM_INVALID, "Upstream Invalid", "Status 441 of the large set.";
    442 => SESSION_CURRENCY, "Session Currency", "Status 442 of the large set.";
    443 => REFUND_STOCK_GATEWAY, "Refund Stock Gateway", "Status 443 of the large set.";
    444 => USER_STOCK, "User Stock", "Status 444 of the large set.";
    445 => CARD_CONFLICT_REFUND, "Card Conflict Refund", "Status 445 of the large set.";
    446 => MERCHANT_REFUND, "Merchant Refund", "Status 446 of the large set.";
    #[alias(RETRY_CHARGE_REGION_UPSTREAM_447)]
    447 => RETRY_CHARGE_REGION_UPSTREAM, "Retry Charge Region Upstream", "Status 447 of the large set.";
    448 => ORDER_BALANCE_CURRENCY, "Order Balance Currency", "Status 448 of the large set.";
    449 => RETRY_DUPLICATE_WALLET, "Retry Duplicate Wallet", "Status 449 of the large set.";
    450 => VAULT_PENDING_CURRENCY_ACCOUNT, "Vault Pending Currency Account", "Status 450 of the large set.";
    451 => ACCOUNT_SESSION_STOCK_RETRY, "Account Session Stock Retry", "Status 451 of the large set.";
    452 => DUPLICATE_INVALID_PENDING_RETRY, "Duplicate Invalid Pending Retry", "Status 452 of the large set.";
    453 => VAULT_MISSING, "Vault Missing", "Status 453 of the large set.";
    454 => SHIPPING_PENDING, "Shipping Pending", "Status 454 of the large set.";
    455 => MISSING_LOCKED_RETRY_MERCHANT, "Missing Locked Retry Merchant", "Status 455 of the large set.";
    456 => GATEWAY_NETWORK_MERCHANT_DEVICE, "Gateway Network Merchant Device", "Status 456 of the large set.";
    #[alias(PAYMENT_SESSION_USER_LIMIT_457)]
    457 => PAYMENT_SESSION_USER_LIMIT, "Payment Session User Limit", "Status 457 of the large set.";
    458 => TOKEN_USER_MISSING, "Token User Missing", "Status 458 of the large set.";
    459 => PAYMENT_DUPLICATE, "Payment Duplicate", "Status 459 of the large set.";
    460 => GATEWAY_LIMIT, "Gateway Limit", "Status 460 of the large set.";
    461 => DEVICE_PENDING, "Device Pending", "Status 461 of the large set.";
    462 => CONFLICT_ISSUER_NETWORK, "Conflict Issuer Network", "Status 462 of the large set.";
    463 => STOCK_WALLET_REGION_FRAUD, "Stock Wallet Region Fraud", "Status 463 of the large set.";
    464 => LIMIT_ORDER_INVALID, "Limit Order Invalid", "Status 464 of the large set.";
    465 => CARD_MERCHANT, "Card Merchant", "Status 465 of the large set.";
    466 => PENDING_RETRY_LIMIT_CARD, "Pending Retry Limit Card", "Status 466 of the large set.";
    #[alias(VAULT_ISSUER_CARD_467)]
    467 => VAULT_ISSUER_CARD, "Vault Issuer Card", "Status 467 of the large set.";
    468 => CLIENT_QUOTA_STOCK_ISSUER, "Client Quota Stock Issuer", "Status 468 of the large set.";
    469 => REGION_REFUND_CHARGE_EXPIRED, "Region Refund Charge Expired", "Status 469 of the large set.";
    470 => LOCKED_NETWORK_USER, "Locked Network User", "Status 470 of the large set.";
    471 => RETRY_LOCKED_DEVICE_CURRENCY, "Retry Locked Device Currency", "Status 471 of the large set.";
    472 => REGION_LIMIT_MERCHANT_QUOTA, "Region Limit Merchant Quota", "Status 472 of the large set.";
    473 => INVALID_MISSING_REFUND, "Invalid Missing Refund", "Status 473 of the large set.";
    474 => VAULT_EXPIRED_NETWORK, "Vault Expired Network", "Status 474 of the large set.";
    475 => ACCOUNT_LOCKED, "Account Locked", "Status 475 of the large set.";
    476 => QUOTA_RETRY_CURRENCY, "Quota Retry Currency", "Status 476 of the large set.";
    #[alias(UPSTREAM_FRAUD_477)]
    477 => UPSTREAM_FRAUD, "Upstream Fraud", "Status 477 of the large set.";
    478 => FRAUD_TOKEN, "Fraud Token", "Status 478 of the large set.";
    479 => CARD_WALLET, "Card Wallet", "Status 479 of the large set.";
    480 => INVALID_USER_CURRENCY_MISSING, "Invalid User Currency Missing", "Status 480 of the large set.";
    481 => INVALID_CONFLICT, "Invalid Conflict", "Status 481 of the large set.";
    482 => CHARGE_MERCHANT_CURRENCY, "Charge Merchant Currency", "Status 482 of the large set.";
    483 => MERCHANT_POLICY, "Merchant Policy", "Status 483 of the large set.";
    484 => EXPIRED_MERCHANT_SHIPPING_CARD, "Expired Merchant Shipping Card", "Status 484 of the large set.";
    485 => REFUND_ISSUER_REGION, "Refund Issuer Region", "Status 485 of the large set.";
    486 => SHIPPING_REFUND_NETWORK, "Shipping Refund Network", "Status 486 of the large set.";
    #[alias(POLICY_INVALID_ISSUER_LOCKED_487)]
    487 => POLICY_INVALID_ISSUER_LOCKED, "Policy Invalid Issuer Locked", "Status 487 of the large set.";
    488 => POLICY_ACCOUNT_ISSUER, "Policy Account Issuer", "Status 488 of the large set.";
    489 => EXPIRED_REGION_QUOTA, "Expired Region Quota", "Status 489 of the large set.";
    490 => UPSTREAM_QUOTA_BALANCE, "Upstream Quota Balance", "Status 490 of the large set.";
    491 => CARD_ACCOUNT_PAYMENT_RETRY, "Card Account Payment Retry", "Status 491 of the large set.";
    492 => CARD_BALANCE_REGION, "Card Balance Region", "Status 492 of the large set.";
    493 => PENDING_CONFLICT_EXPIRED_SHIPPING, "Pending Conflict Expired Shipping", "Status 493 of the large set.";
    494 => BALANCE_FRAUD_MERCHANT, "Balance Fraud Merchant", "Status 494 of the large set.";
    495 => ACCOUNT_INVALID_CHARGE, "Account Invalid Charge", "Status 495 of the large set.";
    496 => CHARGE_ACCOUNT_FRAUD, "Charge Account Fraud", "Status 496 of the large set.";
    #[alias(DEVICE_ACCOUNT_MERCHANT_BALANCE_497)]
    497 => DEVICE_ACCOUNT_MERCHANT_BALANCE, "Device Account Merchant Balance", "Status 497 of the large set.";
    498 => ACCOUNT_SHIPPING_DEVICE_VAULT, "Account Shipping Device Vault", "Status 498 of the large set.";
    499 => EXPIRED_TOKEN_ACCOUNT_UPSTREAM, "Expired Token Account Upstream", "Status 499 of the large set.";
    500 => STOCK_DUPLICATE_REFUND_MISSING, "Stock Duplicate Refund Missing", "Status 500 of the large set.";
    501 => LOCKED_QUOTA_ORDER, "Locked Quota Order", "Status 501 of the large set.";
    502 => MERCHANT_LOCKED_CONFLICT_USER, "Merchant Locked Conflict User", "Status 502 of the large set.";
    503 => ACCOUNT_FRAUD_POLICY, "Account Fraud Policy", "Status 503 of the large set.";
    504 => RETRY_LIMIT_NETWORK_PENDING, "Retry Limit Network Pending", "Status 504 of the large set.";
    505 => MERCHANT_TOKEN_SHIPPING_VAULT, "Merchant Token Shipping Vault", "Status 505 of the large set.";
    506 => REFUND_LIMIT_VAULT, "Refund Limit Vault", "Status 506 of the large set.";
    #[alias(BALANCE_ORDER_STOCK_MISSING_507)]
    507 => BALANCE_ORDER_STOCK_MISSING, "Balance Order Stock Missing", "Status 507 of the large set.";
    508 => DUPLICATE_CLIENT_SESSION, "Duplicate Client Session", "Status 508 of the large set.";
    509 => WALLET_PAYMENT_LIMIT, "Wallet Payment Limit", "Status 509 of the large set.";
    510 => CARD_LOCKED_RETRY_CONFLICT, "Card Locked Retry Conflict", "Status 510 of the large set.";
    511 => USER_ORDER, "User Order", "Status 511 of the large set.";
    512 => PAYMENT_GATEWAY_STOCK, "Payment Gateway Stock", "Status 512 of the large set.";
    513 => PAYMENT_ISSUER, "Payment Issuer", "Status 513 of the large set.";
    514 => LIMIT_UPSTREAM, "Limit Upstream", "Status 514 of the large set.";
    515 => CARD_PENDING_DUPLICATE_REGION, "Card Pending Duplicate Region", "Status 515 of the large set.";
    516 => ACCOUNT_CONFLICT, "Account Conflict", "Status 516 of the large set.";
    #[alias(ORDER_CHARGE_PENDING_517)]
    517 => ORDER_CHARGE_PENDING, "Order Charge Pending", "Status 517 of the large set.";
    518 => CHARGE_REGION_WALLET_QUOTA, "Charge Region Wallet Quota", "Status 518 of the large set.";
    519 => VAULT_QUOTA_CURRENCY_REFUND, "Vault Quota Currency Refund", "Status 519 of the large set.";
    520 => FRAUD_CARD_UPSTREAM, "Fraud Card Upstream", "Status 520 of the large set.";
    521 => VAULT_EXPIRED_CURRENCY_BALANCE, "Vault Expired Currency Balance", "Status 521 of the large set.";
    522 => QUOTA_VAULT_GATEWAY, "Quota Vault Gateway", "Status 522 of the large set.";
    523 => FRAUD_DEVICE_BALANCE_MISSING, "Fraud Device Balance Missing", "Status 523 of the large set.";
    524 => ORDER_CHARGE_POLICY_DEVICE, "Order Charge Policy Device", "Status 524 of the large set.";
    525 => ORDER_ISSUER, "Order Issuer", "Status 525 of the large set.";
    526 => CHARGE_SHIPPING_PAYMENT, "Charge Shipping Payment", "Status 526 of the large set.";
    #[alias(CARD_CHARGE_527)]
    527 => CARD_CHARGE, "Card Charge", "Status 527 of the large set.";
    528 => REGION_REFUND, "Region Refund", "Status 528 of the large set.";
    529 => LIMIT_RETRY_GATEWAY, "Limit Retry Gateway", "Status 529 of the large set.";
    530 => DEVICE_ORDER_MERCHANT, "Device Order Merchant", "Status 530 of the large set.";
    531 => CHARGE_SESSION_CURRENCY, "Charge Session Currency", "Status 531 of the large set.";
    532 => GATEWAY_TOKEN_UPSTREAM, "Gateway Token Upstream", "Status 532 of the large set.";
    533 => VAULT_USER_QUOTA, "Vault User Quota", "Status 533 of the large set.";
    534 => INVALID_WALLET_TOKEN_STOCK, "Invalid Wallet Token Stock", "Status 534 of the large set.";
    535 => CLIENT_EXPIRED_FRAUD_TOKEN, "Client Expired Fraud Token", "Status 535 of the large set.";
    536 => INVALID_LOCKED, "Invalid Locked", "Status 536 of the large set.";
    #[alias(SHIPPING_MISSING_WALLET_537)]
    537 => SHIPPING_MISSING_WALLET, "Shipping Missing Wallet", "Status 537 of the large set.";
    538 => SESSION_RETRY_SHIPPING_VAULT, "Session Retry Shipping Vault", "Status 538 of the large set.";
    539 => WALLET_CONFLICT_LOCKED_REFUND, "Wallet Conflict Locked Refund", "Status 539 of the large set.";
    540 => WALLET_STOCK, "Wallet Stock", "Status 540 of the large set.";
    541 => FRAUD_STOCK_TOKEN, "Fraud Stock Token", "Status 541 of the large set.";
    542 => ISSUER_UPSTREAM_MISSING, "Issuer Upstream Missing", "Status 542 of the large set.";
    543 => CHARGE_PENDING, "Charge Pending", "Status 543 of the large set.";
    544 => INVALID_DEVICE, "Invalid Device", "Status 544 of the large set.";
    545 => POLICY_ACCOUNT_CURRENCY, "Policy Account Currency", "Status 545 of the large set.";
    546 => CONFLICT_CLIENT_RETRY, "Conflict Client Retry", "Status 546 of the large set.";
    #[alias(VAULT_PENDING_547)]
    547 => VAULT_PENDING, "Vault Pending", "Status 547 of the large set.";
    548 => USER_SESSION, "User Session", "Status 548 of the large set.";
    549 => ISSUER_INVALID_MISSING, "Issuer Invalid Missing", "Status 549 of the large set.";
    550 => CONFLICT_VAULT, "Conflict Vault", "Status 550 of the large set.";
    551 => CHARGE_BALANCE_INVALID, "Charge Balance Invalid", "Status 551 of the large set.";
    552 => CONFLICT_EXPIRED_WALLET_CARD, "Conflict Expired Wallet Card", "Status 552 of the large set.";
    553 => PAYMENT_PENDING_MERCHANT_NETWORK, "Payment Pending Merchant Network", "Status 553 of the large set.";
    554 => CONFLICT_CLIENT_DEVICE_ACCOUNT, "Conflict Client Device Account", "Status 554 of the large set.";
    555 => DEVICE_WALLET, "Device Wallet", "Status 555 of the large set.";
    556 => LOCKED_PAYMENT_CURRENCY, "Locked Payment Currency", "Status 556 of the large set.";
    #[alias(CHARGE_DUPLICATE_RETRY_PAYMENT_557)]
    557 => CHARGE_DUPLICATE_RETRY_PAYMENT, "Charge Duplicate Retry Payment", "Status 557 of the large set.";
    558 => QUOTA_PAYMENT_REGION_CLIENT, "Quota Payment Region Client", "Status 558 of the large set.";
    559 => RETRY_MISSING_CHARGE, "Retry Missing Charge", "Status 559 of the large set.";
    560 => MERCHANT_CLIENT_TOKEN_SHIPPING, "Merchant Client Token Shipping", "Status 560 of the large set.";
    561 => CONFLICT_DUPLICATE, "Conflict Duplicate", "Status 561 of the large set.";
    562 => UPSTREAM_CARD_LOCKED_EXPIRED, "Upstream Card Locked Expired", "Status 562 of the large set.";
    563 => SHIPPING_PAYMENT, "Shipping Payment", "Status 563 of the large set.";
    564 => USER_EXPIRED_PAYMENT_ORDER, "User Expired Payment Order", "Status 564 of the large set.";
    565 => TOKEN_LOCKED_ISSUER, "Token Locked Issuer", "Status 565 of the large set.";
    566 => REFUND_LOCKED, "Refund Locked", "Status 566 of the large set.";
    #[alias(NETWORK_STOCK_567)]
    567 => NETWORK_STOCK, "Network Stock", "Status 567 of the large set.";
    568 => LIMIT_FRAUD_CHARGE, "Limit Fraud Charge", "Status 568 of the large set.";
    569 => CLIENT_ISSUER_NETWORK_DEVICE, "Client Issuer Network Device", "Status 569 of the large set.";
    570 => CONFLICT_PAYMENT, "Conflict Payment", "Status 570 of the large set.";
    571 => CHARGE_POLICY_STOCK, "Charge Policy Stock", "Status 571 of the large set.";
    572 => RETRY_ACCOUNT, "Retry Account", "Status 572 of the large set.";
    573 => QUOTA_MISSING_WALLET, "Quota Missing Wallet", "Status 573 of the large set.";
    574 => DEVICE_RETRY_REGION_ACCOUNT, "Device Retry Region Account", "Status 574 of the large set.";
    575 => RETRY_DUPLICATE_DEVICE_MERCHANT, "Retry Duplicate Device Merchant", "Status 575 of the large set.";
    576 => ACCOUNT_STOCK_POLICY, "Account Stock Policy", "Status 576 of the large set.";
    #[alias(FRAUD_RETRY_UPSTREAM_577)]
    577 => FRAUD_RETRY_UPSTREAM, "Fraud Retry Upstream", "Status 577 of the large set.";
    578 => VAULT_USER, "Vault User", "Status 578 of the large set.";
    579 => USER_VAULT, "User Vault", "Status 579 of the large set.";
    580 => EXPIRED_MISSING_POLICY_FRAUD, "Expired Missing Policy Fraud", "Status 580 of the large set.";
    581 => CURRENCY_DUPLICATE, "Currency Duplicate", "Status 581 of the large set.";
    582 => CLIENT_NETWORK_RETRY, "Client Network Retry", "Status 582 of the large set.";
    583 => CURRENCY_NETWORK_DEVICE_DUPLICATE, "Currency Network Device Duplicate", "Status 583 of the large set.";
    584 => CURRENCY_DUPLICATE_ACCOUNT, "Currency Duplicate Account", "Status 584 of the large set.";
    585 => SESSION_DUPLICATE, "Session Duplicate", "Status 585 of the large set.";
    586 => STOCK_BALANCE, "Stock Balance", "Status 586 of the large set.";
    #[alias(CURRENCY_ISSUER_NETWORK_WALLET_587)]
    587 => CURRENCY_ISSUER_NETWORK_WALLET, "Currency Issuer Network Wallet", "Status 587 of the large set.";
    588 => REFUND_PAYMENT, "Refund Payment", "Status 588 of the large set.";
    589 => FRAUD_MISSING, "Fraud Missing", "Status 589 of the large set.";
    590 => FRAUD_DEVICE_MISSING_VAULT, "Fraud Device Missing Vault", "Status 590 of the large set.";
    591 => REGION_PENDING_POLICY, "Region Pending Policy", "Status 591 of the large set.";
    592 => USER_REGION_DUPLICATE, "User Region Duplicate", "Status 592 of the large set.";
    593 => CLIENT_WALLET_NETWORK_ORDER, "Client Wallet Network Order", "Status 593 of the large set.";
    594 => INVALID_PENDING, "Invalid Pending", "Status 594 of the large set.";
    595 => BALANCE_CARD_INVALID_USER, "Balance Card Invalid User", "Status 595 of the large set.";
    596 => MISSING_VAULT_DEVICE_LIMIT, "Missing Vault Device Limit", "Status 596 of the large set.";
    #[alias(CARD_ORDER_UPSTREAM_BALANCE_597)]
    597 => CARD_ORDER_UPSTREAM_BALANCE, "Card Order Upstream Balance", "Status 597 of the large set.";
    598 => WALLET_ORDER_USER, "Wallet Order User", "Status 598 of the large set.";
    599 => DEVICE_VAULT_USER_TOKEN, "Device Vault User Token", "Status 599 of the large set.";
}
