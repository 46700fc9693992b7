-- Log this session in as a test account and print its user id. args: PHONE FIRST_NAME
local phone, name = arg[1], arg[2]
check(setAuthPhoneNumber({phone_number = phone}))
check(checkAuthCode({code = string.rep(phone:sub(6, 6), 5), first_name = name}))
print(check(getMe()).id)
