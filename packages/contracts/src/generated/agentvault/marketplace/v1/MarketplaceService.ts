// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AgentTasksRequest as _agentvault_marketplace_v1_AgentTasksRequest, AgentTasksRequest__Output as _agentvault_marketplace_v1_AgentTasksRequest__Output } from '../../../agentvault/marketplace/v1/AgentTasksRequest.js';
import type { BuyerMetrics as _agentvault_marketplace_v1_BuyerMetrics, BuyerMetrics__Output as _agentvault_marketplace_v1_BuyerMetrics__Output } from '../../../agentvault/marketplace/v1/BuyerMetrics.js';
import type { BuyerRef as _agentvault_marketplace_v1_BuyerRef, BuyerRef__Output as _agentvault_marketplace_v1_BuyerRef__Output } from '../../../agentvault/marketplace/v1/BuyerRef.js';
import type { CategoryList as _agentvault_marketplace_v1_CategoryList, CategoryList__Output as _agentvault_marketplace_v1_CategoryList__Output } from '../../../agentvault/marketplace/v1/CategoryList.js';
import type { CompleteTaskRequest as _agentvault_marketplace_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _agentvault_marketplace_v1_CompleteTaskRequest__Output } from '../../../agentvault/marketplace/v1/CompleteTaskRequest.js';
import type { CreateFromTemplateRequest as _agentvault_marketplace_v1_CreateFromTemplateRequest, CreateFromTemplateRequest__Output as _agentvault_marketplace_v1_CreateFromTemplateRequest__Output } from '../../../agentvault/marketplace/v1/CreateFromTemplateRequest.js';
import type { CreateListingRequest as _agentvault_marketplace_v1_CreateListingRequest, CreateListingRequest__Output as _agentvault_marketplace_v1_CreateListingRequest__Output } from '../../../agentvault/marketplace/v1/CreateListingRequest.js';
import type { CreateSettlementRequest as _agentvault_marketplace_v1_CreateSettlementRequest, CreateSettlementRequest__Output as _agentvault_marketplace_v1_CreateSettlementRequest__Output } from '../../../agentvault/marketplace/v1/CreateSettlementRequest.js';
import type { DailyUsageReport as _agentvault_marketplace_v1_DailyUsageReport, DailyUsageReport__Output as _agentvault_marketplace_v1_DailyUsageReport__Output } from '../../../agentvault/marketplace/v1/DailyUsageReport.js';
import type { DaysRequest as _agentvault_marketplace_v1_DaysRequest, DaysRequest__Output as _agentvault_marketplace_v1_DaysRequest__Output } from '../../../agentvault/marketplace/v1/DaysRequest.js';
import type { DiscoverRequest as _agentvault_marketplace_v1_DiscoverRequest, DiscoverRequest__Output as _agentvault_marketplace_v1_DiscoverRequest__Output } from '../../../agentvault/marketplace/v1/DiscoverRequest.js';
import type { Empty as _agentvault_marketplace_v1_Empty, Empty__Output as _agentvault_marketplace_v1_Empty__Output } from '../../../agentvault/marketplace/v1/Empty.js';
import type { EndpointTest as _agentvault_marketplace_v1_EndpointTest, EndpointTest__Output as _agentvault_marketplace_v1_EndpointTest__Output } from '../../../agentvault/marketplace/v1/EndpointTest.js';
import type { FailTaskRequest as _agentvault_marketplace_v1_FailTaskRequest, FailTaskRequest__Output as _agentvault_marketplace_v1_FailTaskRequest__Output } from '../../../agentvault/marketplace/v1/FailTaskRequest.js';
import type { InvocationConfig as _agentvault_marketplace_v1_InvocationConfig, InvocationConfig__Output as _agentvault_marketplace_v1_InvocationConfig__Output } from '../../../agentvault/marketplace/v1/InvocationConfig.js';
import type { InvocationConfigRef as _agentvault_marketplace_v1_InvocationConfigRef, InvocationConfigRef__Output as _agentvault_marketplace_v1_InvocationConfigRef__Output } from '../../../agentvault/marketplace/v1/InvocationConfigRef.js';
import type { InvokeRequest as _agentvault_marketplace_v1_InvokeRequest, InvokeRequest__Output as _agentvault_marketplace_v1_InvokeRequest__Output } from '../../../agentvault/marketplace/v1/InvokeRequest.js';
import type { Leaderboard as _agentvault_marketplace_v1_Leaderboard, Leaderboard__Output as _agentvault_marketplace_v1_Leaderboard__Output } from '../../../agentvault/marketplace/v1/Leaderboard.js';
import type { LeaderboardRequest as _agentvault_marketplace_v1_LeaderboardRequest, LeaderboardRequest__Output as _agentvault_marketplace_v1_LeaderboardRequest__Output } from '../../../agentvault/marketplace/v1/LeaderboardRequest.js';
import type { ListRatingsRequest as _agentvault_marketplace_v1_ListRatingsRequest, ListRatingsRequest__Output as _agentvault_marketplace_v1_ListRatingsRequest__Output } from '../../../agentvault/marketplace/v1/ListRatingsRequest.js';
import type { ListSettlementsRequest as _agentvault_marketplace_v1_ListSettlementsRequest, ListSettlementsRequest__Output as _agentvault_marketplace_v1_ListSettlementsRequest__Output } from '../../../agentvault/marketplace/v1/ListSettlementsRequest.js';
import type { ListUsageRequest as _agentvault_marketplace_v1_ListUsageRequest, ListUsageRequest__Output as _agentvault_marketplace_v1_ListUsageRequest__Output } from '../../../agentvault/marketplace/v1/ListUsageRequest.js';
import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';
import type { ListingAnalytics as _agentvault_marketplace_v1_ListingAnalytics, ListingAnalytics__Output as _agentvault_marketplace_v1_ListingAnalytics__Output } from '../../../agentvault/marketplace/v1/ListingAnalytics.js';
import type { ListingAnalyticsRequest as _agentvault_marketplace_v1_ListingAnalyticsRequest, ListingAnalyticsRequest__Output as _agentvault_marketplace_v1_ListingAnalyticsRequest__Output } from '../../../agentvault/marketplace/v1/ListingAnalyticsRequest.js';
import type { ListingPage as _agentvault_marketplace_v1_ListingPage, ListingPage__Output as _agentvault_marketplace_v1_ListingPage__Output } from '../../../agentvault/marketplace/v1/ListingPage.js';
import type { ListingRef as _agentvault_marketplace_v1_ListingRef, ListingRef__Output as _agentvault_marketplace_v1_ListingRef__Output } from '../../../agentvault/marketplace/v1/ListingRef.js';
import type { PaymentSummary as _agentvault_marketplace_v1_PaymentSummary, PaymentSummary__Output as _agentvault_marketplace_v1_PaymentSummary__Output } from '../../../agentvault/marketplace/v1/PaymentSummary.js';
import type { PlatformStats as _agentvault_marketplace_v1_PlatformStats, PlatformStats__Output as _agentvault_marketplace_v1_PlatformStats__Output } from '../../../agentvault/marketplace/v1/PlatformStats.js';
import type { ProviderCommissionReport as _agentvault_marketplace_v1_ProviderCommissionReport, ProviderCommissionReport__Output as _agentvault_marketplace_v1_ProviderCommissionReport__Output } from '../../../agentvault/marketplace/v1/ProviderCommissionReport.js';
import type { ProviderCommissionRequest as _agentvault_marketplace_v1_ProviderCommissionRequest, ProviderCommissionRequest__Output as _agentvault_marketplace_v1_ProviderCommissionRequest__Output } from '../../../agentvault/marketplace/v1/ProviderCommissionRequest.js';
import type { ProviderDashboard as _agentvault_marketplace_v1_ProviderDashboard, ProviderDashboard__Output as _agentvault_marketplace_v1_ProviderDashboard__Output } from '../../../agentvault/marketplace/v1/ProviderDashboard.js';
import type { ProviderEarnings as _agentvault_marketplace_v1_ProviderEarnings, ProviderEarnings__Output as _agentvault_marketplace_v1_ProviderEarnings__Output } from '../../../agentvault/marketplace/v1/ProviderEarnings.js';
import type { ProviderListingsRequest as _agentvault_marketplace_v1_ProviderListingsRequest, ProviderListingsRequest__Output as _agentvault_marketplace_v1_ProviderListingsRequest__Output } from '../../../agentvault/marketplace/v1/ProviderListingsRequest.js';
import type { ProviderRanking as _agentvault_marketplace_v1_ProviderRanking, ProviderRanking__Output as _agentvault_marketplace_v1_ProviderRanking__Output } from '../../../agentvault/marketplace/v1/ProviderRanking.js';
import type { ProviderRef as _agentvault_marketplace_v1_ProviderRef, ProviderRef__Output as _agentvault_marketplace_v1_ProviderRef__Output } from '../../../agentvault/marketplace/v1/ProviderRef.js';
import type { ProxyAnswer as _agentvault_marketplace_v1_ProxyAnswer, ProxyAnswer__Output as _agentvault_marketplace_v1_ProxyAnswer__Output } from '../../../agentvault/marketplace/v1/ProxyAnswer.js';
import type { ProxyCall as _agentvault_marketplace_v1_ProxyCall, ProxyCall__Output as _agentvault_marketplace_v1_ProxyCall__Output } from '../../../agentvault/marketplace/v1/ProxyCall.js';
import type { RateServiceRequest as _agentvault_marketplace_v1_RateServiceRequest, RateServiceRequest__Output as _agentvault_marketplace_v1_RateServiceRequest__Output } from '../../../agentvault/marketplace/v1/RateServiceRequest.js';
import type { RatingPage as _agentvault_marketplace_v1_RatingPage, RatingPage__Output as _agentvault_marketplace_v1_RatingPage__Output } from '../../../agentvault/marketplace/v1/RatingPage.js';
import type { RecommendRequest as _agentvault_marketplace_v1_RecommendRequest, RecommendRequest__Output as _agentvault_marketplace_v1_RecommendRequest__Output } from '../../../agentvault/marketplace/v1/RecommendRequest.js';
import type { RecommendationList as _agentvault_marketplace_v1_RecommendationList, RecommendationList__Output as _agentvault_marketplace_v1_RecommendationList__Output } from '../../../agentvault/marketplace/v1/RecommendationList.js';
import type { RunSettlementsRequest as _agentvault_marketplace_v1_RunSettlementsRequest, RunSettlementsRequest__Output as _agentvault_marketplace_v1_RunSettlementsRequest__Output } from '../../../agentvault/marketplace/v1/RunSettlementsRequest.js';
import type { RunSettlementsResult as _agentvault_marketplace_v1_RunSettlementsResult, RunSettlementsResult__Output as _agentvault_marketplace_v1_RunSettlementsResult__Output } from '../../../agentvault/marketplace/v1/RunSettlementsResult.js';
import type { ServiceRating as _agentvault_marketplace_v1_ServiceRating, ServiceRating__Output as _agentvault_marketplace_v1_ServiceRating__Output } from '../../../agentvault/marketplace/v1/ServiceRating.js';
import type { ServiceReputation as _agentvault_marketplace_v1_ServiceReputation, ServiceReputation__Output as _agentvault_marketplace_v1_ServiceReputation__Output } from '../../../agentvault/marketplace/v1/ServiceReputation.js';
import type { ServiceReputationRequest as _agentvault_marketplace_v1_ServiceReputationRequest, ServiceReputationRequest__Output as _agentvault_marketplace_v1_ServiceReputationRequest__Output } from '../../../agentvault/marketplace/v1/ServiceReputationRequest.js';
import type { ServiceStatsList as _agentvault_marketplace_v1_ServiceStatsList, ServiceStatsList__Output as _agentvault_marketplace_v1_ServiceStatsList__Output } from '../../../agentvault/marketplace/v1/ServiceStatsList.js';
import type { ServiceTemplate as _agentvault_marketplace_v1_ServiceTemplate, ServiceTemplate__Output as _agentvault_marketplace_v1_ServiceTemplate__Output } from '../../../agentvault/marketplace/v1/ServiceTemplate.js';
import type { ServiceTemplateList as _agentvault_marketplace_v1_ServiceTemplateList, ServiceTemplateList__Output as _agentvault_marketplace_v1_ServiceTemplateList__Output } from '../../../agentvault/marketplace/v1/ServiceTemplateList.js';
import type { ServiceTemplateRef as _agentvault_marketplace_v1_ServiceTemplateRef, ServiceTemplateRef__Output as _agentvault_marketplace_v1_ServiceTemplateRef__Output } from '../../../agentvault/marketplace/v1/ServiceTemplateRef.js';
import type { ServicesHealthReport as _agentvault_marketplace_v1_ServicesHealthReport, ServicesHealthReport__Output as _agentvault_marketplace_v1_ServicesHealthReport__Output } from '../../../agentvault/marketplace/v1/ServicesHealthReport.js';
import type { Settlement as _agentvault_marketplace_v1_Settlement, Settlement__Output as _agentvault_marketplace_v1_Settlement__Output } from '../../../agentvault/marketplace/v1/Settlement.js';
import type { SettlementPage as _agentvault_marketplace_v1_SettlementPage, SettlementPage__Output as _agentvault_marketplace_v1_SettlementPage__Output } from '../../../agentvault/marketplace/v1/SettlementPage.js';
import type { SettlementRef as _agentvault_marketplace_v1_SettlementRef, SettlementRef__Output as _agentvault_marketplace_v1_SettlementRef__Output } from '../../../agentvault/marketplace/v1/SettlementRef.js';
import type { Task as _agentvault_marketplace_v1_Task, Task__Output as _agentvault_marketplace_v1_Task__Output } from '../../../agentvault/marketplace/v1/Task.js';
import type { TaskList as _agentvault_marketplace_v1_TaskList, TaskList__Output as _agentvault_marketplace_v1_TaskList__Output } from '../../../agentvault/marketplace/v1/TaskList.js';
import type { TaskRef as _agentvault_marketplace_v1_TaskRef, TaskRef__Output as _agentvault_marketplace_v1_TaskRef__Output } from '../../../agentvault/marketplace/v1/TaskRef.js';
import type { TestEndpointRequest as _agentvault_marketplace_v1_TestEndpointRequest, TestEndpointRequest__Output as _agentvault_marketplace_v1_TestEndpointRequest__Output } from '../../../agentvault/marketplace/v1/TestEndpointRequest.js';
import type { TopServicesReport as _agentvault_marketplace_v1_TopServicesReport, TopServicesReport__Output as _agentvault_marketplace_v1_TopServicesReport__Output } from '../../../agentvault/marketplace/v1/TopServicesReport.js';
import type { TrendReport as _agentvault_marketplace_v1_TrendReport, TrendReport__Output as _agentvault_marketplace_v1_TrendReport__Output } from '../../../agentvault/marketplace/v1/TrendReport.js';
import type { TrendingList as _agentvault_marketplace_v1_TrendingList, TrendingList__Output as _agentvault_marketplace_v1_TrendingList__Output } from '../../../agentvault/marketplace/v1/TrendingList.js';
import type { TrendingRequest as _agentvault_marketplace_v1_TrendingRequest, TrendingRequest__Output as _agentvault_marketplace_v1_TrendingRequest__Output } from '../../../agentvault/marketplace/v1/TrendingRequest.js';
import type { UpdateInvocationConfigRequest as _agentvault_marketplace_v1_UpdateInvocationConfigRequest, UpdateInvocationConfigRequest__Output as _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output } from '../../../agentvault/marketplace/v1/UpdateInvocationConfigRequest.js';
import type { UpdateListingRequest as _agentvault_marketplace_v1_UpdateListingRequest, UpdateListingRequest__Output as _agentvault_marketplace_v1_UpdateListingRequest__Output } from '../../../agentvault/marketplace/v1/UpdateListingRequest.js';
import type { UsagePage as _agentvault_marketplace_v1_UsagePage, UsagePage__Output as _agentvault_marketplace_v1_UsagePage__Output } from '../../../agentvault/marketplace/v1/UsagePage.js';
import type { UsageSummary as _agentvault_marketplace_v1_UsageSummary, UsageSummary__Output as _agentvault_marketplace_v1_UsageSummary__Output } from '../../../agentvault/marketplace/v1/UsageSummary.js';

export interface MarketplaceServiceClient extends grpc.Client {
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  CreateListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListingFromTemplate(argument: _agentvault_marketplace_v1_CreateFromTemplateRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  GetBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  GetBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  GetBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  GetBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  getBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  getBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  getBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  getBuyerMetrics(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_BuyerMetrics__Output>): grpc.ClientUnaryCall;
  
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  
  GetDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  GetDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  GetDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  GetDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  getDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  getDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  getDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  getDailyUsage(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_DailyUsageReport__Output>): grpc.ClientUnaryCall;
  
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  
  GetLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  GetLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  GetLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  GetLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  getLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  getLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  getLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  getLeaderboard(argument: _agentvault_marketplace_v1_LeaderboardRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Leaderboard__Output>): grpc.ClientUnaryCall;
  
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  
  GetPaymentSummary(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  GetPaymentSummary(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  GetPaymentSummary(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  GetPaymentSummary(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  getPaymentSummary(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  getPaymentSummary(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  getPaymentSummary(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  getPaymentSummary(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PaymentSummary__Output>): grpc.ClientUnaryCall;
  
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  
  GetProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  GetProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  GetProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  GetProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  getProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  getProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  getProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  getProviderCommission(argument: _agentvault_marketplace_v1_ProviderCommissionRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderCommissionReport__Output>): grpc.ClientUnaryCall;
  
  GetProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  GetProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  GetProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  GetProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  getProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  getProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  getProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  getProviderDashboard(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderDashboard__Output>): grpc.ClientUnaryCall;
  
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  
  GetProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  GetProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  GetProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  GetProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  getProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  getProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  getProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  getProviderRanking(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderRanking__Output>): grpc.ClientUnaryCall;
  
  GetServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  GetServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  GetServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  GetServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  getServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  getServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  getServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  getServiceReputation(argument: _agentvault_marketplace_v1_ServiceReputationRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceReputation__Output>): grpc.ClientUnaryCall;
  
  GetServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  GetServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  GetServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  GetServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  getServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  getServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  getServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  getServiceTemplate(argument: _agentvault_marketplace_v1_ServiceTemplateRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplate__Output>): grpc.ClientUnaryCall;
  
  GetServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  GetServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  GetServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  GetServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  getServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  getServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  getServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  getServicesHealth(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServicesHealthReport__Output>): grpc.ClientUnaryCall;
  
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  GetTopServices(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  GetTopServices(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  GetTopServices(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  GetTopServices(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  getTopServices(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  getTopServices(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  getTopServices(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  getTopServices(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TopServicesReport__Output>): grpc.ClientUnaryCall;
  
  GetTrends(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  GetTrends(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  GetTrends(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  GetTrends(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  getTrends(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  getTrends(argument: _agentvault_marketplace_v1_DaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  getTrends(argument: _agentvault_marketplace_v1_DaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  getTrends(argument: _agentvault_marketplace_v1_DaysRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendReport__Output>): grpc.ClientUnaryCall;
  
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  
  ListCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  
  ListProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  ListProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  ListProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  ListProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  listProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  listProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  listProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  listProviderServiceStats(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceStatsList__Output>): grpc.ClientUnaryCall;
  
  ListServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  ListServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  ListServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  ListServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  listServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  listServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  listServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  listServiceRatings(argument: _agentvault_marketplace_v1_ListRatingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RatingPage__Output>): grpc.ClientUnaryCall;
  
  ListServiceTemplates(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  ListServiceTemplates(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  ListServiceTemplates(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  ListServiceTemplates(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  listServiceTemplates(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  listServiceTemplates(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  listServiceTemplates(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  listServiceTemplates(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceTemplateList__Output>): grpc.ClientUnaryCall;
  
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  
  RateService(argument: _agentvault_marketplace_v1_RateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  RateService(argument: _agentvault_marketplace_v1_RateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  RateService(argument: _agentvault_marketplace_v1_RateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  RateService(argument: _agentvault_marketplace_v1_RateServiceRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  rateService(argument: _agentvault_marketplace_v1_RateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  rateService(argument: _agentvault_marketplace_v1_RateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  rateService(argument: _agentvault_marketplace_v1_RateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  rateService(argument: _agentvault_marketplace_v1_RateServiceRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ServiceRating__Output>): grpc.ClientUnaryCall;
  
  Recommend(argument: _agentvault_marketplace_v1_RecommendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  Recommend(argument: _agentvault_marketplace_v1_RecommendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  Recommend(argument: _agentvault_marketplace_v1_RecommendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  Recommend(argument: _agentvault_marketplace_v1_RecommendRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  recommend(argument: _agentvault_marketplace_v1_RecommendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  recommend(argument: _agentvault_marketplace_v1_RecommendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  recommend(argument: _agentvault_marketplace_v1_RecommendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  recommend(argument: _agentvault_marketplace_v1_RecommendRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RecommendationList__Output>): grpc.ClientUnaryCall;
  
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  RunSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  RunSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  RunSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  RunSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  runSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  runSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  runSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  runSettlements(argument: _agentvault_marketplace_v1_RunSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_RunSettlementsResult__Output>): grpc.ClientUnaryCall;
  
  TestEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  TestEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  TestEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  TestEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  testEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  testEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  testEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  testEndpoint(argument: _agentvault_marketplace_v1_TestEndpointRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_EndpointTest__Output>): grpc.ClientUnaryCall;
  
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
}

export interface MarketplaceServiceHandlers extends grpc.UntypedServiceImplementation {
  AcceptTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task>;
  
  CallService: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProxyCall__Output, _agentvault_marketplace_v1_ProxyAnswer>;
  
  CompleteTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_CompleteTaskRequest__Output, _agentvault_marketplace_v1_Task>;
  
  CreateListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_CreateListingRequest__Output, _agentvault_marketplace_v1_Listing>;
  
  CreateListingFromTemplate: grpc.handleUnaryCall<_agentvault_marketplace_v1_CreateFromTemplateRequest__Output, _agentvault_marketplace_v1_Listing>;
  
  CreateSettlement: grpc.handleUnaryCall<_agentvault_marketplace_v1_CreateSettlementRequest__Output, _agentvault_marketplace_v1_Settlement>;
  
  Discover: grpc.handleUnaryCall<_agentvault_marketplace_v1_DiscoverRequest__Output, _agentvault_marketplace_v1_ListingPage>;
  
  FailTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_FailTaskRequest__Output, _agentvault_marketplace_v1_Task>;
  
  GetBuyerMetrics: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_BuyerMetrics>;
  
  GetBuyerUsage: grpc.handleUnaryCall<_agentvault_marketplace_v1_BuyerRef__Output, _agentvault_marketplace_v1_UsageSummary>;
  
  GetDailyUsage: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_DailyUsageReport>;
  
  GetInvocationConfig: grpc.handleUnaryCall<_agentvault_marketplace_v1_InvocationConfigRef__Output, _agentvault_marketplace_v1_InvocationConfig>;
  
  GetLeaderboard: grpc.handleUnaryCall<_agentvault_marketplace_v1_LeaderboardRequest__Output, _agentvault_marketplace_v1_Leaderboard>;
  
  GetListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing>;
  
  GetListingAnalytics: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingAnalyticsRequest__Output, _agentvault_marketplace_v1_ListingAnalytics>;
  
  GetPaymentSummary: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PaymentSummary>;
  
  GetPlatformStats: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PlatformStats>;
  
  GetProviderCommission: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderCommissionRequest__Output, _agentvault_marketplace_v1_ProviderCommissionReport>;
  
  GetProviderDashboard: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderDashboard>;
  
  GetProviderEarnings: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderEarnings>;
  
  GetProviderRanking: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_ProviderRanking>;
  
  GetServiceReputation: grpc.handleUnaryCall<_agentvault_marketplace_v1_ServiceReputationRequest__Output, _agentvault_marketplace_v1_ServiceReputation>;
  
  GetServiceTemplate: grpc.handleUnaryCall<_agentvault_marketplace_v1_ServiceTemplateRef__Output, _agentvault_marketplace_v1_ServiceTemplate>;
  
  GetServicesHealth: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_ServicesHealthReport>;
  
  GetTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task>;
  
  GetTopServices: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_TopServicesReport>;
  
  GetTrends: grpc.handleUnaryCall<_agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_TrendReport>;
  
  Invoke: grpc.handleUnaryCall<_agentvault_marketplace_v1_InvokeRequest__Output, _agentvault_marketplace_v1_Task>;
  
  ListAgentTasks: grpc.handleUnaryCall<_agentvault_marketplace_v1_AgentTasksRequest__Output, _agentvault_marketplace_v1_TaskList>;
  
  ListCategories: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_CategoryList>;
  
  ListProviderListings: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderListingsRequest__Output, _agentvault_marketplace_v1_ListingPage>;
  
  ListProviderServiceStats: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ServiceStatsList>;
  
  ListServiceRatings: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListRatingsRequest__Output, _agentvault_marketplace_v1_RatingPage>;
  
  ListServiceTemplates: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_ServiceTemplateList>;
  
  ListSettlements: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListSettlementsRequest__Output, _agentvault_marketplace_v1_SettlementPage>;
  
  ListTrending: grpc.handleUnaryCall<_agentvault_marketplace_v1_TrendingRequest__Output, _agentvault_marketplace_v1_TrendingList>;
  
  ListUsage: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListUsageRequest__Output, _agentvault_marketplace_v1_UsagePage>;
  
  PaySettlement: grpc.handleUnaryCall<_agentvault_marketplace_v1_SettlementRef__Output, _agentvault_marketplace_v1_Settlement>;
  
  RateService: grpc.handleUnaryCall<_agentvault_marketplace_v1_RateServiceRequest__Output, _agentvault_marketplace_v1_ServiceRating>;
  
  Recommend: grpc.handleUnaryCall<_agentvault_marketplace_v1_RecommendRequest__Output, _agentvault_marketplace_v1_RecommendationList>;
  
  RemoveListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing>;
  
  RunSettlements: grpc.handleUnaryCall<_agentvault_marketplace_v1_RunSettlementsRequest__Output, _agentvault_marketplace_v1_RunSettlementsResult>;
  
  TestEndpoint: grpc.handleUnaryCall<_agentvault_marketplace_v1_TestEndpointRequest__Output, _agentvault_marketplace_v1_EndpointTest>;
  
  UpdateInvocationConfig: grpc.handleUnaryCall<_agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output, _agentvault_marketplace_v1_InvocationConfig>;
  
  UpdateListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_UpdateListingRequest__Output, _agentvault_marketplace_v1_Listing>;
  
}

export interface MarketplaceServiceDefinition extends grpc.ServiceDefinition {
  AcceptTask: MethodDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task__Output>
  CallService: MethodDefinition<_agentvault_marketplace_v1_ProxyCall, _agentvault_marketplace_v1_ProxyAnswer, _agentvault_marketplace_v1_ProxyCall__Output, _agentvault_marketplace_v1_ProxyAnswer__Output>
  CompleteTask: MethodDefinition<_agentvault_marketplace_v1_CompleteTaskRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_CompleteTaskRequest__Output, _agentvault_marketplace_v1_Task__Output>
  CreateListing: MethodDefinition<_agentvault_marketplace_v1_CreateListingRequest, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_CreateListingRequest__Output, _agentvault_marketplace_v1_Listing__Output>
  CreateListingFromTemplate: MethodDefinition<_agentvault_marketplace_v1_CreateFromTemplateRequest, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_CreateFromTemplateRequest__Output, _agentvault_marketplace_v1_Listing__Output>
  CreateSettlement: MethodDefinition<_agentvault_marketplace_v1_CreateSettlementRequest, _agentvault_marketplace_v1_Settlement, _agentvault_marketplace_v1_CreateSettlementRequest__Output, _agentvault_marketplace_v1_Settlement__Output>
  Discover: MethodDefinition<_agentvault_marketplace_v1_DiscoverRequest, _agentvault_marketplace_v1_ListingPage, _agentvault_marketplace_v1_DiscoverRequest__Output, _agentvault_marketplace_v1_ListingPage__Output>
  FailTask: MethodDefinition<_agentvault_marketplace_v1_FailTaskRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_FailTaskRequest__Output, _agentvault_marketplace_v1_Task__Output>
  GetBuyerMetrics: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_BuyerMetrics, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_BuyerMetrics__Output>
  GetBuyerUsage: MethodDefinition<_agentvault_marketplace_v1_BuyerRef, _agentvault_marketplace_v1_UsageSummary, _agentvault_marketplace_v1_BuyerRef__Output, _agentvault_marketplace_v1_UsageSummary__Output>
  GetDailyUsage: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_DailyUsageReport, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_DailyUsageReport__Output>
  GetInvocationConfig: MethodDefinition<_agentvault_marketplace_v1_InvocationConfigRef, _agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_InvocationConfigRef__Output, _agentvault_marketplace_v1_InvocationConfig__Output>
  GetLeaderboard: MethodDefinition<_agentvault_marketplace_v1_LeaderboardRequest, _agentvault_marketplace_v1_Leaderboard, _agentvault_marketplace_v1_LeaderboardRequest__Output, _agentvault_marketplace_v1_Leaderboard__Output>
  GetListing: MethodDefinition<_agentvault_marketplace_v1_ListingRef, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing__Output>
  GetListingAnalytics: MethodDefinition<_agentvault_marketplace_v1_ListingAnalyticsRequest, _agentvault_marketplace_v1_ListingAnalytics, _agentvault_marketplace_v1_ListingAnalyticsRequest__Output, _agentvault_marketplace_v1_ListingAnalytics__Output>
  GetPaymentSummary: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_PaymentSummary, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PaymentSummary__Output>
  GetPlatformStats: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_PlatformStats, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PlatformStats__Output>
  GetProviderCommission: MethodDefinition<_agentvault_marketplace_v1_ProviderCommissionRequest, _agentvault_marketplace_v1_ProviderCommissionReport, _agentvault_marketplace_v1_ProviderCommissionRequest__Output, _agentvault_marketplace_v1_ProviderCommissionReport__Output>
  GetProviderDashboard: MethodDefinition<_agentvault_marketplace_v1_ProviderRef, _agentvault_marketplace_v1_ProviderDashboard, _agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderDashboard__Output>
  GetProviderEarnings: MethodDefinition<_agentvault_marketplace_v1_ProviderRef, _agentvault_marketplace_v1_ProviderEarnings, _agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderEarnings__Output>
  GetProviderRanking: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_ProviderRanking, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_ProviderRanking__Output>
  GetServiceReputation: MethodDefinition<_agentvault_marketplace_v1_ServiceReputationRequest, _agentvault_marketplace_v1_ServiceReputation, _agentvault_marketplace_v1_ServiceReputationRequest__Output, _agentvault_marketplace_v1_ServiceReputation__Output>
  GetServiceTemplate: MethodDefinition<_agentvault_marketplace_v1_ServiceTemplateRef, _agentvault_marketplace_v1_ServiceTemplate, _agentvault_marketplace_v1_ServiceTemplateRef__Output, _agentvault_marketplace_v1_ServiceTemplate__Output>
  GetServicesHealth: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_ServicesHealthReport, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_ServicesHealthReport__Output>
  GetTask: MethodDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task__Output>
  GetTopServices: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_TopServicesReport, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_TopServicesReport__Output>
  GetTrends: MethodDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_TrendReport, _agentvault_marketplace_v1_DaysRequest__Output, _agentvault_marketplace_v1_TrendReport__Output>
  Invoke: MethodDefinition<_agentvault_marketplace_v1_InvokeRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_InvokeRequest__Output, _agentvault_marketplace_v1_Task__Output>
  ListAgentTasks: MethodDefinition<_agentvault_marketplace_v1_AgentTasksRequest, _agentvault_marketplace_v1_TaskList, _agentvault_marketplace_v1_AgentTasksRequest__Output, _agentvault_marketplace_v1_TaskList__Output>
  ListCategories: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_CategoryList, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_CategoryList__Output>
  ListProviderListings: MethodDefinition<_agentvault_marketplace_v1_ProviderListingsRequest, _agentvault_marketplace_v1_ListingPage, _agentvault_marketplace_v1_ProviderListingsRequest__Output, _agentvault_marketplace_v1_ListingPage__Output>
  ListProviderServiceStats: MethodDefinition<_agentvault_marketplace_v1_ProviderRef, _agentvault_marketplace_v1_ServiceStatsList, _agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ServiceStatsList__Output>
  ListServiceRatings: MethodDefinition<_agentvault_marketplace_v1_ListRatingsRequest, _agentvault_marketplace_v1_RatingPage, _agentvault_marketplace_v1_ListRatingsRequest__Output, _agentvault_marketplace_v1_RatingPage__Output>
  ListServiceTemplates: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_ServiceTemplateList, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_ServiceTemplateList__Output>
  ListSettlements: MethodDefinition<_agentvault_marketplace_v1_ListSettlementsRequest, _agentvault_marketplace_v1_SettlementPage, _agentvault_marketplace_v1_ListSettlementsRequest__Output, _agentvault_marketplace_v1_SettlementPage__Output>
  ListTrending: MethodDefinition<_agentvault_marketplace_v1_TrendingRequest, _agentvault_marketplace_v1_TrendingList, _agentvault_marketplace_v1_TrendingRequest__Output, _agentvault_marketplace_v1_TrendingList__Output>
  ListUsage: MethodDefinition<_agentvault_marketplace_v1_ListUsageRequest, _agentvault_marketplace_v1_UsagePage, _agentvault_marketplace_v1_ListUsageRequest__Output, _agentvault_marketplace_v1_UsagePage__Output>
  PaySettlement: MethodDefinition<_agentvault_marketplace_v1_SettlementRef, _agentvault_marketplace_v1_Settlement, _agentvault_marketplace_v1_SettlementRef__Output, _agentvault_marketplace_v1_Settlement__Output>
  RateService: MethodDefinition<_agentvault_marketplace_v1_RateServiceRequest, _agentvault_marketplace_v1_ServiceRating, _agentvault_marketplace_v1_RateServiceRequest__Output, _agentvault_marketplace_v1_ServiceRating__Output>
  Recommend: MethodDefinition<_agentvault_marketplace_v1_RecommendRequest, _agentvault_marketplace_v1_RecommendationList, _agentvault_marketplace_v1_RecommendRequest__Output, _agentvault_marketplace_v1_RecommendationList__Output>
  RemoveListing: MethodDefinition<_agentvault_marketplace_v1_ListingRef, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing__Output>
  RunSettlements: MethodDefinition<_agentvault_marketplace_v1_RunSettlementsRequest, _agentvault_marketplace_v1_RunSettlementsResult, _agentvault_marketplace_v1_RunSettlementsRequest__Output, _agentvault_marketplace_v1_RunSettlementsResult__Output>
  TestEndpoint: MethodDefinition<_agentvault_marketplace_v1_TestEndpointRequest, _agentvault_marketplace_v1_EndpointTest, _agentvault_marketplace_v1_TestEndpointRequest__Output, _agentvault_marketplace_v1_EndpointTest__Output>
  UpdateInvocationConfig: MethodDefinition<_agentvault_marketplace_v1_UpdateInvocationConfigRequest, _agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output, _agentvault_marketplace_v1_InvocationConfig__Output>
  UpdateListing: MethodDefinition<_agentvault_marketplace_v1_UpdateListingRequest, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_UpdateListingRequest__Output, _agentvault_marketplace_v1_Listing__Output>
}
