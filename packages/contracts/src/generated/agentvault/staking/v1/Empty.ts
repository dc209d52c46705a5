// Original file: proto/agentvault/staking/v1/staking.proto


export interface Empty {
}

export interface Empty__Output {
}
